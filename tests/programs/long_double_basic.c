#include <stdio.h>

/* long double is used only in ways whose results are the same whatever its size */
static long double ld_add(long double a, long double b) { return a + b; }
static long double ld_mul3(long double a, long double b, long double c) { return a * b * c; }
struct with_ld { int tag; long double v; };
static struct with_ld make(int t, long double v) { struct with_ld s = { t, v }; return s; }

int main(void) {
    long double a = 1.5L, b = 2.25L;
    printf("%.4f\n", (double)(a + b));
    printf("%.4f\n", (double)ld_add(a, b));
    printf("%.4f\n", (double)ld_mul3(2.0L, 3.0L, 0.5L));
    long double c = 10;
    c /= 4;
    printf("%.4f\n", (double)c);
    printf("%d %d %d\n", a < b, a == 1.5, b > 2);
    long double arr[4] = { 1, 2, 3, 4 };
    long double sum = 0;
    for (int i = 0; i < 4; i++) sum += arr[i];
    printf("%.1f\n", (double)sum);
    printf("%d\n", (int)(sum * 2.5L));
    struct with_ld s = make(7, 0.125L);
    printf("%d %.3f\n", s.tag, (double)s.v);
    long long ll = (long long)(1099511627776.0L * 2);
    printf("%lld\n", ll);
    long double neg = -3.75L;
    printf("%d %d\n", (int)neg, (int)-neg);
    printf("%.2Lf %.3Le\n", 2.5L, 1234.5L);
    long double from_int = 123456789;
    printf("%.1f\n", (double)from_int);
    return 0;
}
