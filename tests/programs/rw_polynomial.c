/* Polynomials with integer and double coefficients: arithmetic, evaluation, derivatives, root finding. */
#include <stdio.h>
#include <math.h>

#define MAXDEG 16
typedef struct { int deg; long long c[MAXDEG + 1]; } ipoly;

static ipoly ip_mul(ipoly a, ipoly b) {
    ipoly r = { a.deg + b.deg, { 0 } };
    for (int i = 0; i <= a.deg; i++) for (int j = 0; j <= b.deg; j++) r.c[i + j] += a.c[i] * b.c[j];
    return r;
}
static ipoly ip_add(ipoly a, ipoly b) {
    ipoly r = { a.deg > b.deg ? a.deg : b.deg, { 0 } };
    for (int i = 0; i <= r.deg; i++) r.c[i] = (i <= a.deg ? a.c[i] : 0) + (i <= b.deg ? b.c[i] : 0);
    while (r.deg > 0 && r.c[r.deg] == 0) r.deg--;
    return r;
}
static void ip_print(const char *name, ipoly p) {
    printf("%s =", name);
    int first = 1;
    for (int i = p.deg; i >= 0; i--) {
        if (!p.c[i] && p.deg) continue;
        long long v = p.c[i];
        printf(" %s", first ? (v < 0 ? "-" : "") : (v < 0 ? "- " : "+ "));
        if (v < 0) v = -v;
        if (v != 1 || i == 0) printf("%lld", v);
        if (i > 0) printf("x"); if (i > 1) printf("^%d", i);
        first = 0;
    }
    printf("\n");
}
static double eval(const double *c, int deg, double x) { double r = 0; for (int i = deg; i >= 0; i--) r = r * x + c[i]; return r; }

int main(void) {
    ipoly xm1 = { 1, { -1, 1 } }, xp1 = { 1, { 1, 1 } };
    ipoly p = xp1;
    for (int k = 1; k < 10; k++) p = ip_mul(p, xp1);
    ip_print("(x+1)^10", p);
    ip_print("(x-1)(x+1)", ip_mul(xm1, xp1));
    ipoly q = ip_mul(ip_mul(xm1, xm1), ip_mul(xm1, xp1));
    ip_print("(x-1)^3(x+1)", q);
    ip_print("sum", ip_add(q, ip_mul(xp1, xp1)));
    long long s = 0;
    for (int i = 0; i <= p.deg; i++) s += p.c[i];
    printf("sum of binomial coefficients %lld\n", s);
    /* Chebyshev polynomials T_n by recurrence */
    ipoly t0 = { 0, { 1 } }, t1 = { 1, { 0, 1 } }, two_x = { 1, { 0, 2 } };
    for (int n = 2; n <= 8; n++) {
        ipoly t2 = ip_add(ip_mul(two_x, t1), ip_mul((ipoly){ 0, { -1 } }, t0));
        t0 = t1; t1 = t2;
    }
    ip_print("T8", t1);
    /* Newton's method on x^3 - 2x - 5 */
    double c[4] = { -5, -2, 0, 1 }, d[3] = { -2, 0, 3 };
    double x = 2;
    for (int k = 0; k < 20; k++) x -= eval(c, 3, x) / eval(d, 2, x);
    printf("root %.12f residual %.3e\n", x, fabs(eval(c, 3, x)) < 1e-12 ? 0.0 : eval(c, 3, x));
    /* bisection on cos(x) - x */
    double lo = 0, hi = 1;
    for (int k = 0; k < 60; k++) { double mid = (lo + hi) / 2; if (cos(mid) - mid > 0) lo = mid; else hi = mid; }
    printf("dottie %.12f\n", lo);
    return 0;
}
