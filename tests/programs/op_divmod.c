#include <stdio.h>
#include <stdlib.h>
#include <limits.h>

int main(void) {
    int vals[] = { 7, -7, 13, -13, 0, 1, -1, 100 };
    int divs[] = { 2, -2, 3, -3, 5, -5, 7 };
    for (int i = 0; i < 8; i++) {
        for (int j = 0; j < 7; j++) {
            int a = vals[i], b = divs[j];
            printf("%d/%d=%d %%=%d%s", a, b, a / b, a % b, j == 6 ? "\n" : " ");
        }
    }
    /* identity (a/b)*b + a%b == a */
    long bad = 0;
    for (int a = -50; a <= 50; a++)
        for (int b = -7; b <= 7; b++)
            if (b && (a / b) * b + a % b != a) bad++;
    printf("identity failures %ld\n", bad);
    printf("%ld %ld\n", -9L / 4, -9L % 4);
    printf("%lld %lld\n", -9000000000LL / 7, -9000000000LL % 7);
    printf("%u %u\n", 4294967295u / 10u, 4294967295u % 10u);
    printf("%llu\n", 18446744073709551615ull / 3);
    printf("%d\n", INT_MIN / 1);
    printf("%d\n", INT_MIN % 2);
    printf("%d\n", INT_MAX / -1);
    div_t d = div(-17, 5);
    printf("%d %d\n", d.quot, d.rem);
    ldiv_t ld = ldiv(17L, -5L);
    printf("%ld %ld\n", ld.quot, ld.rem);
    lldiv_t lld = lldiv(-1000000000000LL, 7LL);
    printf("%lld %lld\n", lld.quot, lld.rem);
    short s = -7;
    signed char c = -7;
    printf("%d %d\n", s / 2, c % 4);
    unsigned char uc = 250;
    printf("%d\n", uc / -5);                  /* 250 / -5 in int: -50 */
    int x = -37;
    x /= 6; printf("%d ", x);
    x %= 4; printf("%d\n", x);
    return 0;
}
