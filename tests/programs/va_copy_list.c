#include <stdio.h>
#include <stdarg.h>

static void twice(int n, ...) {
    va_list ap, ap2;
    va_start(ap, n);
    va_copy(ap2, ap);
    int s1 = 0;
    for (int i = 0; i < n; i++) s1 += va_arg(ap, int);
    va_end(ap);
    int s2 = 0;
    for (int i = 0; i < n; i++) s2 += va_arg(ap2, int) * 2;
    va_end(ap2);
    printf("%d %d\n", s1, s2);
}

/* copying in the middle of a traversal */
static void middle(int n, ...) {
    va_list ap, rest;
    va_start(ap, n);
    int first = va_arg(ap, int);
    va_copy(rest, ap);
    double second = va_arg(ap, double);
    va_end(ap);
    double again = va_arg(rest, double);
    int third = va_arg(rest, int);
    va_end(rest);
    printf("%d %.2f %.2f %d\n", first, second, again, third);
}

/* passing a va_list to another function */
static double sum_list(int n, va_list ap) {
    double s = 0;
    for (int i = 0; i < n; i++) s += va_arg(ap, double);
    return s;
}
static double sum_twice(int n, ...) {
    va_list ap, cp;
    va_start(ap, n);
    va_copy(cp, ap);
    double a = sum_list(n, ap);
    double b = sum_list(n, cp);
    va_end(cp);
    va_end(ap);
    return a + b;
}
/* restarting with va_start twice */
static int restart(int n, ...) {
    va_list ap;
    int total = 0;
    for (int pass = 0; pass < 3; pass++) {
        va_start(ap, n);
        for (int i = 0; i < n; i++) total += va_arg(ap, int);
        va_end(ap);
    }
    return total;
}

int main(void) {
    twice(3, 1, 2, 3);
    twice(9, 1, 2, 3, 4, 5, 6, 7, 8, 9);
    middle(0, 5, 6.5, 7);
    printf("%.2f\n", sum_twice(8, 1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.5));
    printf("%d\n", restart(7, 1, 1, 1, 1, 1, 1, 10));
    return 0;
}
