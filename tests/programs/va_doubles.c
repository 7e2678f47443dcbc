#include <stdio.h>
#include <stdarg.h>

static double avg(int n, ...) {
    va_list ap;
    va_start(ap, n);
    double s = 0;
    for (int i = 0; i < n; i++) s += va_arg(ap, double);
    va_end(ap);
    return n ? s / n : 0;
}
/* floats are promoted to double */
static double weighted(int n, ...) {
    va_list ap;
    va_start(ap, n);
    double s = 0;
    for (int i = 1; i <= n; i++) s += i * va_arg(ap, double);
    va_end(ap);
    return s;
}

int main(void) {
    printf("%.4f\n", avg(3, 1.0, 2.0, 4.0));
    printf("%.4f\n", avg(12, 1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0, 11.0, 12.5));
    float f = 0.5f;
    printf("%.4f\n", weighted(4, f, 1.5f, 2.0, -1.0));
    printf("%.6f\n", weighted(10, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0));
    printf("%.3e\n", avg(2, 1e300, 1e300));
    return 0;
}
