#include <stdio.h>
#include <limits.h>

int main(void) {
    int i = -1;
    unsigned u = 1;
    long l = -1;
    unsigned long ul = 1;
    long long ll = -1;
    unsigned long long ull = 1;
    printf("%d %d\n", i < u, i < (int)u);
    printf("%d %d\n", l < u, l < (long)ul);       /* long can hold all unsigned: -1 < 1 */
    printf("%d\n", l < ul);                       /* unsigned long wins */
    printf("%d\n", ll < ull);
    printf("%u\n", i + u);                        /* 0 */
    printf("%u\n", u - 2);                        /* UINT_MAX */
    printf("%ld\n", u - 2L);                      /* long: -1 */
    printf("%lu\n", ul - 2);
    printf("%d\n", (int)sizeof(u + l));
    printf("%d\n", (int)sizeof(1 + 1LL));
    printf("%d\n", (int)sizeof('a' + 1.0f));
    printf("%d\n", (int)sizeof(1 + 1.0));
    printf("%d\n", (int)sizeof(1.0f + 1.0));
    printf("%f\n", 7 / 2 + 7 / 2.0);
    printf("%f\n", (float)1 / 3);
    printf("%u\n", UINT_MAX + 1u);
    printf("%lld\n", (long long)INT_MAX + 1);
    printf("%d\n", INT_MIN / -2);
    printf("%u\n", (unsigned)INT_MIN);
    printf("%llu\n", (unsigned long long)-1);
    printf("%d\n", -1 > 0u);
    printf("%d\n", -1L > 0u);                     /* long: false */
    printf("%d\n", (short)-1 < (unsigned short)1);/* both promote to int: true */
    unsigned char uc = 255;
    printf("%d\n", uc == -1);                     /* false: 255 vs -1 */
    char c = -1;
    printf("%d\n", c == -1);                      /* plain char signed on x86_64 */
    printf("%d\n", 5u / -1 == 0u);               /* 5u / UINT_MAX == 0 */
    printf("%u\n", 10u % -3);                     /* 10 % 4294967293 */
    printf("%ld\n", -10L / 3);
    printf("%lu\n", 3000000000u * 2ul);
    printf("%u\n", 3000000000u * 2u);             /* wraps */
    double d = 3000000000u;
    printf("%.1f\n", d);
    return 0;
}
