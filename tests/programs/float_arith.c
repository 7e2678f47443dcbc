#include <stdio.h>

int main(void) {
    float a = 1.0f / 3.0f, b = 2.0f / 3.0f;
    double c = 1.0 / 3.0, d = 2.0 / 3.0;
    printf("%.9f %.9f %.9f\n", a, b, a + b);
    printf("%.17f %.17f\n", c + d, c * 3.0);
    printf("%d %d\n", 0.1 + 0.2 == 0.3, 0.1f + 0.2f == 0.3f);
    printf("%.17g\n", 0.1 + 0.2);
    float fsum = 0.0f; double dsum = 0.0;
    for (int i = 0; i < 1000; i++) { fsum += 0.1f; dsum += 0.1; }
    printf("%.6f %.12f\n", fsum, dsum);
    float big = 16777216.0f;
    printf("%.1f %.1f\n", big + 1.0f, big + 2.0f);
    double x = 1e16;
    printf("%.1f\n", x + 1.0);
    printf("%.6f\n", 7.0 / 2.0 * 2.0 - 7.0);
    printf("%.6f %.6f\n", -7.5 / 2, 7.5 * -2);
    float m = 1.1f;
    double md = m;                               /* widening keeps the float's value */
    printf("%.17g\n", md);
    printf("%.9g\n", (float)(m * m));
    /* float arithmetic is done in float (FLT_EVAL_METHOD 0 on x86_64) */
    float f1 = 16777216.0f, f2 = 1.0f;
    float f3 = f1 + f2 - f1;
    printf("%.1f\n", f3);
    double e = 1.0;
    int steps = 0;
    while (1.0 + e / 2 > 1.0) { e /= 2; steps++; }
    printf("%d %g\n", steps, e);
    float ef = 1.0f;
    steps = 0;
    while ((float)(1.0f + ef / 2) > 1.0f) { ef /= 2; steps++; }
    printf("%d %g\n", steps, (double)ef);
    /* mixed int and float */
    int i = 7;
    printf("%.2f %.2f\n", i / 2 * 1.0, i / 2.0);
    printf("%.3f\n", (i + 0.5f) * 2);
    double neg0 = -0.0;
    printf("%g %g %d\n", neg0, 0.0 * -1, neg0 == 0.0);
    printf("%.6f\n", 1e308 * 10 / 1e308 > 1e300 ? 1.0 : 0.0);
    double acc = 1.0;
    for (int k = 1; k <= 20; k++) acc *= k;
    printf("%.1f\n", acc);
    printf("%.6e\n", acc * acc * acc);
    float fdiv = 10.0f;
    fdiv /= 3;
    printf("%.7f\n", fdiv);
    printf("%d\n", (int)(0.7 * 10));
    printf("%d\n", (int)(0.7f * 10));
    return 0;
}
