#include <stdio.h>

int main(void) {
    /* pi by the Leibniz series (slow), by Machin's formula with arctan series, and e by its series */
    double leibniz = 0;
    for (int k = 0; k < 200000; k++) leibniz += (k % 2 ? -4.0 : 4.0) / (2 * k + 1);
    printf("leibniz %.10f\n", leibniz);
    double x1 = 1.0 / 5, x2 = 1.0 / 239, a1 = 0, a2 = 0, p1 = x1, p2 = x2;
    for (int k = 0; k < 30; k++) {
        a1 += (k % 2 ? -p1 : p1) / (2 * k + 1);
        a2 += (k % 2 ? -p2 : p2) / (2 * k + 1);
        p1 *= x1 * x1; p2 *= x2 * x2;
    }
    printf("machin %.15f\n", 4 * (4 * a1 - a2));
    double e = 1, term = 1;
    for (int k = 1; k < 25; k++) { term /= k; e += term; }
    printf("e %.15f\n", e);
    /* square root by Newton's method */
    double r = 2, g = 1;
    for (int k = 0; k < 8; k++) g = (g + r / g) / 2;
    printf("sqrt2 %.15f %d\n", g, g * g - 2 < 1e-15 && g * g - 2 > -1e-15);
    /* golden ratio from Fibonacci ratios */
    double fa = 1, fb = 1;
    for (int k = 0; k < 60; k++) { double t = fa + fb; fa = fb; fb = t; }
    printf("phi %.15f\n", fb / fa);
    /* geometric series partial sums in float and double */
    float fs = 0; double ds = 0;
    for (int k = 0; k < 40; k++) { fs += 1.0f / (float)(1u << (k % 32)); ds += 1.0 / (double)(1ull << k); }
    printf("%.9g %.17g\n", fs, ds);
    return 0;
}
