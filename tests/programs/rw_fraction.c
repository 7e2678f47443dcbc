/* Exact rational arithmetic with 64-bit numerators: continued fractions, harmonic numbers, Bernoulli numbers. */
#include <stdio.h>
#include <stdlib.h>

typedef struct { long long n, d; } frac;
static long long gcd(long long a, long long b) { if (a < 0) a = -a; if (b < 0) b = -b; while (b) { long long t = a % b; a = b; b = t; } return a; }
static frac mk(long long n, long long d) { if (d < 0) { n = -n; d = -d; } long long g = gcd(n, d); if (g == 0) g = 1; return (frac){ n / g, d / g }; }
static frac add(frac a, frac b) { long long g = gcd(a.d, b.d); return mk(a.n * (b.d / g) + b.n * (a.d / g), a.d / g * b.d); }
static frac sub(frac a, frac b) { return add(a, (frac){ -b.n, b.d }); }
static frac mul(frac a, frac b) { long long g1 = gcd(a.n, b.d), g2 = gcd(b.n, a.d); if (!g1) g1 = 1; if (!g2) g2 = 1; return mk((a.n / g1) * (b.n / g2), (a.d / g2) * (b.d / g1)); }
static frac dvd(frac a, frac b) { return mul(a, (frac){ b.d, b.n }); }
static void show(const char *label, frac f) { printf("%s = %lld/%lld (%.12f)\n", label, f.n, f.d, (double)f.n / (double)f.d); }

int main(void) {
    show("1/2 + 1/3", add(mk(1, 2), mk(1, 3)));
    show("3/4 - 5/6", sub(mk(3, 4), mk(5, 6)));
    show("(2/3) * (9/4)", mul(mk(2, 3), mk(9, 4)));
    show("(7/8) / (-21/4)", dvd(mk(7, 8), mk(-21, 4)));
    frac h = mk(0, 1);
    for (int i = 1; i <= 20; i++) h = add(h, mk(1, i));
    show("H(20)", h);
    /* continued fraction convergents of sqrt(2): 1 + 1/(2 + 1/(2 + ...)) */
    frac c = mk(1, 1);
    for (int i = 0; i < 20; i++) c = add(mk(1, 1), dvd(mk(1, 1), add(mk(1, 1), c)));
    show("sqrt(2) convergent", c);
    /* Bernoulli numbers via the Akiyama-Tanigawa algorithm */
    frac a[20];
    for (int m = 0; m <= 16; m++) {
        a[m] = mk(1, m + 1);
        for (int j = m; j >= 1; j--) a[j - 1] = mul(mk(j, 1), sub(a[j - 1], a[j]));
        if (m % 2 == 0 || m == 1) { char label[16]; snprintf(label, sizeof label, "B(%d)", m); show(label, a[0]); }
    }
    /* Egyptian fraction expansions by the greedy algorithm */
    frac r = mk(4, 13);
    printf("4/13 =");
    while (r.n) { long long d = (r.d + r.n - 1) / r.n; printf(" 1/%lld", d); r = sub(r, mk(1, d)); }
    printf("\n");
    r = mk(7, 15);
    printf("7/15 =");
    while (r.n) { long long d = (r.d + r.n - 1) / r.n; printf(" 1/%lld", d); r = sub(r, mk(1, d)); }
    printf("\n");
    return 0;
}
