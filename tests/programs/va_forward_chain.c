#include <stdio.h>
#include <stdarg.h>

static int level3(const char *fmt, va_list ap) {
    int total = 0;
    for (const char *p = fmt; *p; p++) {
        if (*p == 'i') total += va_arg(ap, int);
        else if (*p == 'd') total += (int)(va_arg(ap, double) * 10);
        else if (*p == 's') { const char *s = va_arg(ap, const char *); while (*s++) total++; }
    }
    return total;
}
static int level2(const char *fmt, va_list ap) {
    va_list copy;
    va_copy(copy, ap);
    int first = level3(fmt, copy);
    va_end(copy);
    return first * 1000 + level3(fmt, ap);
}
static int level1(const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    int r = level2(fmt, ap);
    va_end(ap);
    return r;
}
static void printf_twice(const char *fmt, ...) {
    va_list ap, ap2;
    va_start(ap, fmt);
    va_copy(ap2, ap);
    vprintf(fmt, ap);
    char buf[64];
    vsnprintf(buf, sizeof buf, fmt, ap2);
    printf("again: %s", buf);
    va_end(ap2);
    va_end(ap);
}

int main(void) {
    printf("%d\n", level1("iii", 1, 2, 3));
    printf("%d\n", level1("dsi", 1.5, "hello", 7));
    printf("%d\n", level1("iiiiiiiiii", 1, 2, 3, 4, 5, 6, 7, 8, 9, 10));
    printf_twice("%s %d %.2f\n", "values", 42, 3.14159);
    return 0;
}
