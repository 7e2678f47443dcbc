#include <stdio.h>
#include <stdarg.h>

static int sum(int n, ...) {
    va_list ap;
    va_start(ap, n);
    int s = 0;
    for (int i = 0; i < n; i++) s += va_arg(ap, int);
    va_end(ap);
    return s;
}
static long long sum_ll(int n, ...) {
    va_list ap;
    va_start(ap, n);
    long long s = 0;
    for (int i = 0; i < n; i++) s += va_arg(ap, long long);
    va_end(ap);
    return s;
}
static unsigned max_u(unsigned first, ...) {  /* terminated by 0 */
    va_list ap;
    va_start(ap, first);
    unsigned m = first, v;
    while ((v = va_arg(ap, unsigned)) != 0) if (v > m) m = v;
    va_end(ap);
    return m;
}
/* char and short arguments are promoted to int */
static int promoted(int n, ...) {
    va_list ap;
    va_start(ap, n);
    int s = 0;
    for (int i = 0; i < n; i++) s = s * 1000 + va_arg(ap, int);
    va_end(ap);
    return s;
}

int main(void) {
    printf("%d\n", sum(0));
    printf("%d\n", sum(1, 42));
    printf("%d\n", sum(5, 1, 2, 3, 4, 5));
    printf("%d\n", sum(10, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10));
    printf("%d\n", sum(3, -1, -2, -3));
    printf("%lld\n", sum_ll(3, 10000000000LL, -1LL, 5LL));
    printf("%lld\n", sum_ll(8, 1LL, 2LL, 3LL, 4LL, 5LL, 6LL, 7LL, 1LL << 40));
    printf("%u\n", max_u(3u, 9u, 4000000000u, 17u, 0u));
    char c = 'A'; short s = -7; unsigned char uc = 250;
    printf("%d\n", promoted(3, c, s, uc));
    return 0;
}
