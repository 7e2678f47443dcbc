#include <stdio.h>
#include <math.h>
#include <float.h>

int main(void) {
    double inf = INFINITY;
    double ninf = -INFINITY;
    double nan_v = NAN;
    printf("%f %f %e %g\n", inf, ninf, inf, ninf);
    printf("%5.1f|%-6f|%+f\n", inf, inf, inf);
    printf("%f %F\n", fabs(nan_v), fabs(nan_v));
    printf("%d %d %d\n", isnan(nan_v), isinf(inf) != 0, isinf(nan_v));
    printf("%d %d %d %d\n", nan_v == nan_v, nan_v != nan_v, nan_v < 1.0, nan_v > 1.0);
    printf("%d %d\n", isfinite(1.0), isfinite(inf));
    printf("%d %d\n", inf > DBL_MAX, ninf < -DBL_MAX);
    double z = 0.0;
    double pz = 1.0 / inf, nz = 1.0 / ninf;
    printf("%g %g %d\n", pz, nz, pz == nz);
    printf("%d %d\n", signbit(nz) != 0, signbit(pz) != 0);
    printf("%f\n", 1.0 / nz);
    printf("%d\n", isnan(z * inf));
    printf("%d\n", isnan(inf - inf));
    printf("%d\n", isinf(DBL_MAX * 2.0) != 0);
    printf("%g\n", DBL_MIN / 2);                       /* subnormal */
    printf("%d %d\n", fpclassify(DBL_MIN / 2) == FP_SUBNORMAL, fpclassify(1.0) == FP_NORMAL);
    printf("%d %d\n", fpclassify(0.0) == FP_ZERO, fpclassify(inf) == FP_INFINITE);
    float finf = HUGE_VALF;
    printf("%f %d\n", finf, isinf(finf) != 0);
    float fbig = FLT_MAX;
    fbig *= 2.0f;
    printf("%f\n", fbig);
    double conv = (double)finf;
    printf("%f\n", conv);
    printf("%g\n", copysign(0.0, -1.0));
    printf("%g %g\n", fmax(nan_v, 2.0), fmin(3.0, nan_v));
    /* comparisons involving NaN in branches */
    int count = 0;
    double vals[] = { 1.0, NAN, -2.0, NAN, 0.0 };
    for (int i = 0; i < 5; i++) { if (vals[i] >= 0) count += 1; if (!(vals[i] < 0)) count += 10; }
    printf("%d\n", count);
    return 0;
}
