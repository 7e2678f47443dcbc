#include <stdio.h>

int main(void) {
    int i = 5;
    unsigned u = 5;
    unsigned char uc = 5;
    signed char sc = -5;
    double d = 2.5;
    printf("%d %d %d %d\n", -i, +i, ~i, !i);
    printf("%u %u %u %d\n", -u, +u, ~u, !u);
    printf("%d %d %d %d\n", -uc, +uc, ~uc, !uc);            /* promoted to int */
    printf("%d %d %d %d\n", -sc, +sc, ~sc, !sc);
    printf("%.2f %.2f %d\n", -d, +d, !d);
    printf("%d %d\n", !0.0, !-0.0);
    printf("%d %d %d\n", - -i, ~~i, !!i);
    printf("%d\n", -(-2147483647));
    long long ll = -9223372036854775807LL;
    printf("%lld\n", -ll);
    unsigned long long ull = 1;
    printf("%llu\n", -ull);
    int *p = &i;
    printf("%d %d\n", *&i, !p);
    printf("%d\n", (int)sizeof(-uc));
    printf("%d\n", (int)sizeof(!d));
    _Bool b = 1;
    printf("%d %d\n", -b, ~b);
    return 0;
}
