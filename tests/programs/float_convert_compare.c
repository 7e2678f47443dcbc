#include <stdio.h>

static int cmp_d(double a, double b) { return (a > b) - (a < b); }

int main(void) {
    float f = 0.1f;
    double d = 0.1;
    printf("%d %d %d\n", f == d, (double)f > d, f == (float)d);
    printf("%d %d %d\n", cmp_d(1.0, 2.0), cmp_d(2.0, 2.0), cmp_d(-0.0, 0.0));
    int big = 2147483647;
    float fb = (float)big;
    printf("%.1f %d\n", fb, (double)fb > big);
    long long l = 9007199254740993LL;
    double dl = (double)l;
    printf("%d\n", dl == 9007199254740992.0);
    printf("%d\n", (long long)dl == l);
    unsigned u = 4294967295u;
    printf("%d\n", (float)u == 4294967296.0f);
    /* comparisons of mixed types */
    printf("%d %d\n", 1 == 1.0, 3 > 2.999999f);
    printf("%d\n", -1 < 0.5f);
    printf("%d\n", 16777217 == (int)16777217.0f);
    short s = -3;
    printf("%.2f\n", s * 0.5);
    char c = 'A';
    printf("%.1f\n", c + 0.5f);
    /* rounding of conversions from double to float: ties to even */
    double tie = 1.0 + 1.0 / (1 << 24);      /* exactly halfway between two floats */
    printf("%.9g\n", (double)(float)tie);
    double tie2 = 1.0 + 3.0 / (1 << 24);
    printf("%.9g\n", (double)(float)tie2);
    /* sums and products of floats promoted in a double context */
    float x = 1e20f, y = -1e20f, z = 1.0f;
    printf("%.1f %.1f\n", (x + y) + z, x + (y + z));
    double mx = 0;
    for (int i = -5; i <= 5; i++) { double v = i * 0.75; if (v > mx) mx = v; }
    printf("%.2f\n", mx);
    return 0;
}
