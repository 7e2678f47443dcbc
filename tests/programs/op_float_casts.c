#include <stdio.h>
#include <stdint.h>

int main(void) {
    double ds[] = { 0.0, 0.4, 0.5, 0.9999, 1.5, 2.5, -0.5, -1.5, -2.7, 123456.789, -98765.4321, 2147483647.0, -2147483648.0 };
    for (int i = 0; i < 13; i++) printf("%g -> %d %ld\n", ds[i], (int)ds[i], (long)ds[i]);
    /* large doubles to unsigned types */
    double big = 4294967295.0;
    printf("%u\n", (unsigned)big);
    double big2 = 3000000000.7;
    printf("%u\n", (unsigned)big2);
    double huge = 18446744073709549568.0;     /* largest double below 2^64 */
    printf("%llu\n", (unsigned long long)huge);
    double h2 = 9223372036854775808.0;        /* 2^63: needs the unsigned path */
    printf("%llu\n", (unsigned long long)h2);
    double h3 = 12345678901234567890.0;
    printf("%llu\n", (unsigned long long)h3);
    printf("%lld\n", (long long)-9223372036854775808.0);
    float f = 16777217.0f;                    /* rounds to 16777216 */
    printf("%.1f\n", f);
    printf("%d\n", (int)f);
    float f2 = 3000000000.0f;
    printf("%u\n", (unsigned)f2);
    /* integers to floating */
    long long ll = 9007199254740993LL;        /* 2^53 + 1: not representable in double */
    printf("%.1f\n", (double)ll);
    printf("%.1f\n", (float)ll);
    unsigned long long ull = 18446744073709551615ull;
    printf("%.1f\n", (double)ull);
    printf("%.1f\n", (float)ull);
    unsigned long long ull2 = 9223372036854777856ull;  /* above 2^63 */
    printf("%.1f\n", (double)ull2);
    unsigned u = 4294967295u;
    printf("%.1f %.1f\n", (double)u, (float)u);
    int i = -2147483647 - 1;
    printf("%.1f\n", (double)i);
    printf("%.1f\n", (float)16777219);        /* round to even: 16777220 */
    printf("%.1f\n", (float)16777221);        /* 16777220 */
    /* double to float rounding */
    double dd = 0.1;
    float ff = (float)dd;
    printf("%.17f\n%.17f\n", dd, (double)ff);
    printf("%d\n", ff == dd);
    printf("%d\n", (float)dd == ff);
    /* small values */
    printf("%d %d\n", (int)1e-10, (int)-1e-10);
    printf("%u\n", (unsigned char)200.9);
    printf("%d\n", (signed char)-100.9);
    printf("%d\n", (short)-32768.5);
    _Bool b = 0.0001;
    printf("%d\n", b);
    printf("%.3f\n", (double)(float)1.0009765625);
    return 0;
}
