/* Floating-point formatting torture test: printf conversions of many values (all within 17 significant
   digits, where C requires correct rounding), a hand-written shortest round-trip formatter checked by strtod,
   and a hand-written %e formatter compared against printf. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <math.h>
#include <float.h>
#include <stdint.h>

/* 10^k computed with exact operations only (10^k is exact for 0 <= k <= 22; one division rounds once) */
static double p10(int k) {
    double r = 1.0;
    for (int i = 0; i < (k < 0 ? -k : k); i++) r *= 10.0;
    return k < 0 ? 1.0 / r : r;
}

/* shortest %.*g that round-trips */
static int shortest(double v, char *buf, size_t n) {
    for (int prec = 1; prec <= 17; prec++) {
        snprintf(buf, n, "%.*g", prec, v);
        if (strtod(buf, NULL) == v) return prec;
    }
    return -1;
}

/* %.Ne by exact integer arithmetic for values whose scaled form fits 64 bits (test helper) */
static void my_e(double v, int prec, char *out) {
    if (v == 0) { sprintf(out, "%.*e", prec, 0.0); return; }
    int neg = v < 0;
    if (neg) v = -v;
    int e10;
    /* use long double free path: scale with printf itself at 17 digits, then round the digit string */
    char digits[40];
    snprintf(digits, sizeof digits, "%.16e", v);          /* d.dddddddddddddddde+XX: 17 significant digits */
    char mant[20];
    int k = 0;
    for (const char *p = digits; *p && *p != 'e'; p++) if (*p != '.') mant[k++] = *p;
    mant[k] = 0;
    e10 = atoi(strchr(digits, 'e') + 1);
    /* round the 17-digit mantissa to prec+1 digits, half-up on the decimal string (only exact when no tie) */
    int keep = prec + 1;
    int carry = mant[keep] >= '5';
    mant[keep] = 0;
    for (int i = keep - 1; i >= 0 && carry; i--) { if (mant[i] == '9') mant[i] = '0'; else { mant[i]++; carry = 0; } }
    if (carry) { memmove(mant + 1, mant, (size_t)keep); mant[0] = '1'; mant[keep] = 0; e10++; }
    int pos = 0;
    if (neg) out[pos++] = '-';
    out[pos++] = mant[0];
    if (prec) { out[pos++] = '.'; memcpy(out + pos, mant + 1, (size_t)prec); pos += prec; }
    sprintf(out + pos, "e%+03d", e10);
}

int main(void) {
    double values[] = { 0.0, -0.0, 1.0, -1.0, 0.1, 0.2, 0.3, 1.0 / 3, 2.0 / 3, 0.5, 0.25, 0.125, 1e-7, 1.5e-7, 123.456, -987.654321,
                        1e15, 1e16, 123456789012345.0, 9007199254740992.0, 0.000123456789, 5e-324, 2.2250738585072014e-308,
                        1.7976931348623157e308, 3.14159265358979, 2.718281828459045, 1e21, 1e22, 1e23, 4.35, 0.015, 1.005, 2.5, 3.5,
                        -2.5, 1234.5, 0.045, 100.0, 1e100, 6.02214076e23, 1.602176634e-19, 299792458.0, 65536.0, 0.1 + 0.2 };
    int nv = (int)(sizeof values / sizeof values[0]);
    for (int i = 0; i < nv; i++) {
        double v = values[i];
        char sh[40];
        int prec = shortest(v, sh, sizeof sh);
        printf("%-24s | %.3e | %.10e | %.6g | %.15g | %.17g | %+.4G | shortest(%d) %s\n", sh, v, v, v, v, v, v, prec, sh);
    }
    printf("-- fixed notation for moderate values\n");
    double fixed[] = { 0.5, 1.5, 2.5, 1234.5678, -0.000999, 0.0005, 99999.99999, 1e-10, 42.0, 1e14 + 0.25, 0.1 };
    for (int i = 0; i < 11; i++) printf("[%.0f] [%.1f] [%.2f] [%.5f] [%12.3f] [%-12.2f] [%+f]\n", fixed[i], fixed[i], fixed[i], fixed[i], fixed[i], fixed[i], fixed[i]);
    printf("-- powers of two and ten\n");
    for (int e = -20; e <= 60; e += 7) printf("2^%d = %.17g, 10^%d = %.17g\n", e, ldexp(1.0, e), e / 3, p10(e / 3));
    printf("-- float (promoted) values\n");
    float fs[] = { 0.1f, 1.0f / 3, 16777216.0f, 3.4028235e38f, 1.17549435e-38f, 1.4e-45f, 2.5f, 0.3f };
    for (int i = 0; i < 8; i++) printf("%.9g %.3e %g\n", fs[i], fs[i], fs[i]);
    printf("-- hand-written %%e against printf\n");
    uint64_t x = 0x123456789abcdefull;
    int agree = 0, total = 0;
    for (int i = 0; i < 2000; i++) {
        x ^= x << 13; x ^= x >> 7; x ^= x << 17;
        double v = (double)(x >> 11) / 9007199254740992.0 * p10((int)(x % 40) - 20);
        if (i % 2) v = -v;
        for (int prec = 0; prec <= 8; prec += 4) {
            char a[64], b[64];
            snprintf(a, sizeof a, "%.*e", prec, v);
            my_e(v, prec, b);
            total++;
            if (strcmp(a, b) == 0) agree++;
        }
    }
    printf("agree %d of %d\n", agree, total);
    printf("-- round trip of random doubles via %%.17g\n");
    int ok = 0;
    for (int i = 0; i < 5000; i++) {
        x ^= x << 13; x ^= x >> 7; x ^= x << 17;
        double v;
        uint64_t bits = x & 0x7fefffffffffffffull;       /* finite */
        memcpy(&v, &bits, sizeof v);
        char buf[40];
        snprintf(buf, sizeof buf, "%.17g", v);
        if (strtod(buf, NULL) == v) ok++;
    }
    printf("round trips %d of 5000\n", ok);
    return 0;
}
