#include <stdio.h>
#include <math.h>

static const char *rel(double a, double b) {
    static char buf[64];
    snprintf(buf, sizeof buf, "%d%d%d%d%d%d", a < b, a <= b, a > b, a >= b, a == b, a != b);
    return buf;
}

int main(void) {
    double nan = NAN, inf = INFINITY;
    double vals[] = { -inf, -1.0, -0.0, 0.0, 1.0, inf, nan };
    const char *names[] = { "-inf", "-1", "-0", "0", "1", "inf", "nan" };
    for (int i = 0; i < 7; i++) {
        for (int j = 0; j < 7; j++) printf("%s:%s=%s ", names[i], names[j], rel(vals[i], vals[j]));
        printf("\n");
    }
    /* branches on NaN comparisons */
    int taken = 0;
    if (nan < 1.0) taken |= 1;
    if (!(nan < 1.0)) taken |= 2;
    if (nan != nan) taken |= 4;
    if (nan == nan) taken |= 8;
    if (nan >= nan) taken |= 16;
    while (nan > 0) { taken |= 32; break; }
    printf("%d\n", taken);
    float fn = NAN;
    printf("%d %d\n", fn == fn, fn != fn);
    printf("%d %d\n", isunordered(nan, 1.0), isgreater(2.0, 1.0));
    printf("%d\n", nan ? 1 : 0);                 /* NaN is non-zero: true */
    return 0;
}
