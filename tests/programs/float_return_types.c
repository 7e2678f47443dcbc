#include <stdio.h>

static float half(float x) { return x / 2; }
static double twice(double x) { return x * 2; }
static float from_int(int i) { return (float)i / 3; }
static double from_float(float f) { return f; }
static float pick(int which, float a, float b) { return which ? a : b; }
static float accumulate(const float *v, int n) { float s = 0; for (int i = 0; i < n; i++) s += v[i]; return s; }
static double poly(double x) { return ((2 * x - 3) * x + 4) * x - 5; }
static float (*select_fn(int i))(float) { (void)i; return half; }

int main(void) {
    printf("%.6f %.6f\n", half(3.0f), twice(3.0));
    printf("%.9g\n", from_int(1));
    printf("%.17g\n", from_float(from_int(1)));
    printf("%.2f %.2f\n", pick(1, 1.5f, 2.5f), pick(0, 1.5f, 2.5f));
    float v[5] = { 0.1f, 0.2f, 0.3f, 0.4f, 0.5f };
    printf("%.9g\n", accumulate(v, 5));
    printf("%.4f %.4f\n", poly(1.5), poly(-2.0));
    printf("%.3f\n", select_fn(0)(9.0f));
    double d = half(twice(half(7.0f)));
    printf("%.4f\n", d);
    int i = (int)twice(half(5.0f));
    printf("%d\n", i);
    return 0;
}
