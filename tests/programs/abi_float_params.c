#include <stdio.h>

/* float parameters (prototyped) stay float; unprototyped calls are not used */
static float fmadd(float a, float b, float c) { return a * b + c; }
static double mix(float a, double b, float c, double d) { return a + b * 2 + c * 3 + d * 4; }
static float sum9(float a, float b, float c, float d, float e, float f, float g, float h, float i) { return a + b + c + d + e + f + g + h + i; }
static double interleave(int a, float b, long c, double d, char e, float f, short g, double h, unsigned i, float j) {
    return a + b + c + d + e + f + g + h + i + j;
}
static float identity(float f) { return f; }

int main(void) {
    printf("%.6f\n", fmadd(1.5f, 2.0f, 0.25f));
    printf("%.6f\n", fmadd(16777216.0f, 1.0f, 1.0f));      /* float rounding, not double */
    printf("%.4f\n", mix(0.5f, 1.25, 2.0f, -1.0));
    printf("%.3f\n", sum9(1, 2, 3, 4, 5, 6, 7, 8, 9.5f));
    printf("%.3f\n", interleave(1, 2.5f, 3L, 4.25, 'A', 0.125f, -6, 7.5, 8u, 9.75f));
    float f = identity(0.1f);
    printf("%d %.9f\n", f == 0.1f, f);
    float (*fp)(float, float, float) = fmadd;
    printf("%.2f\n", fp(3, 4, 5));
    return 0;
}
