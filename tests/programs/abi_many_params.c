#include <stdio.h>

static long ints12(int a, int b, int c, int d, int e, int f, int g, int h, int i, int j, int k, int l) {
    return a + 2L * b + 3L * c + 4L * d + 5L * e + 6L * f + 7L * g + 8L * h + 9L * i + 10L * j + 11L * k + 12L * l;
}
static double doubles12(double a, double b, double c, double d, double e, double f, double g, double h,
                        double i, double j, double k, double l) {
    return a + 2 * b + 3 * c + 4 * d + 5 * e + 6 * f + 7 * g + 8 * h + 9 * i + 10 * j + 11 * k + 12 * l;
}
static double mixed(int a, double b, char c, float d, long e, double f, short g, float h, unsigned char i,
                    double j, long long k, float l, int m, double n, int o, double p, int q, double r) {
    return a + b + c + d + e + f + g + h + i + j + k + l + m + n + o + p + q + r;
}
static void order(int a, int b, int c, int d, int e, int f, int g, int h, int i) {
    printf("%d %d %d %d %d %d %d %d %d\n", a, b, c, d, e, f, g, h, i);
}
static void forder(float a, float b, float c, float d, float e, float f, float g, float h, float i, float j) {
    printf("%.1f %.1f %.1f %.1f %.1f %.1f %.1f %.1f %.1f %.1f\n", a, b, c, d, e, f, g, h, i, j);
}
static long narrow(signed char a, unsigned char b, short c, unsigned short d, signed char e, unsigned char f,
                   short g, unsigned short h) {
    return a * 1L + b * 10L + c * 100L + d * 1000L + e * 10000L + f * 100000L + g * 1000000L + h * 10000000L;
}
/* recursion with many parameters: stack arguments across frames */
static long rec(int n, long a, long b, long c, long d, long e, long f, long g, long h) {
    if (n == 0) return a + b + c + d + e + f + g + h;
    return rec(n - 1, h, a, b, c, d, e, f, g + n);
}

int main(void) {
    printf("%ld\n", ints12(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12));
    printf("%.2f\n", doubles12(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12.5));
    printf("%.3f\n", mixed(1, 2.5, 'A', 0.25f, 100000000000L, -1.5, -300, 2.5f, 200, 0.125, -5LL, 1.0f, 7, 8.5, -9, 10.25, 11, 12.75));
    order(1, 2, 3, 4, 5, 6, 7, 8, 9);
    forder(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
    printf("%ld\n", narrow(-1, 255, -32768, 65535, 127, 128, 32767, 1));
    printf("%ld\n", rec(50, 1, 2, 3, 4, 5, 6, 7, 8));
    long (*fp)(int, int, int, int, int, int, int, int, int, int, int, int) = ints12;
    printf("%ld\n", fp(12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1));
    return 0;
}
