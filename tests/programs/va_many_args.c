#include <stdio.h>
#include <stdarg.h>

/* more variadic arguments than registers, of both classes interleaved */
static void many(int count, ...) {
    va_list ap;
    va_start(ap, count);
    long isum = 0;
    double dsum = 0;
    for (int i = 0; i < count; i++) {
        if (i % 3 == 0) dsum += va_arg(ap, double);
        else isum += va_arg(ap, long);
    }
    va_end(ap);
    printf("%ld %.3f\n", isum, dsum);
}
/* fixed parameters use up registers before the variadic part */
static void after_fixed(int a, int b, int c, int d, int e, double x, double y, ...) {
    va_list ap;
    va_start(ap, y);
    int i1 = va_arg(ap, int);
    int i2 = va_arg(ap, int);
    double d1 = va_arg(ap, double);
    int i3 = va_arg(ap, int);
    double d2 = va_arg(ap, double);
    va_end(ap);
    printf("%d %.1f %d %d %.2f %d %.2f\n", a + b + c + d + e, x + y, i1, i2, d1, i3, d2);
}

int main(void) {
    many(3, 1.5, 2L, 3L);
    many(30, 1.0, 1L, 2L, 2.0, 3L, 4L, 3.0, 5L, 6L, 4.0, 7L, 8L, 5.0, 9L, 10L, 6.0, 11L, 12L,
         7.0, 13L, 14L, 8.0, 15L, 16L, 9.0, 17L, 18L, 10.5, 19L, 20L);
    after_fixed(1, 2, 3, 4, 5, 0.5, 0.25, 6, 7, 8.5, 9, 10.75);
    printf("%d %d %d %d %d %d %d %d %d %d %.1f %.1f %.1f %.1f %.1f %.1f %.1f %.1f %.1f %.1f %s\n",
           1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 1.5, 2.5, 3.5, 4.5, 5.5, 6.5, 7.5, 8.5, 9.5, 10.5, "end");
    return 0;
}
