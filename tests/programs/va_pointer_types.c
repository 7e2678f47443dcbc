#include <stdio.h>
#include <stdarg.h>
#include <stddef.h>
#include <string.h>

/* NULL-terminated list of strings */
static size_t concat(char *out, size_t cap, ...) {
    va_list ap;
    va_start(ap, cap);
    size_t n = 0;
    out[0] = 0;
    for (const char *s = va_arg(ap, const char *); s; s = va_arg(ap, const char *)) {
        size_t l = strlen(s);
        if (n + l + 1 > cap) break;
        memcpy(out + n, s, l + 1);
        n += l;
    }
    va_end(ap);
    return n;
}
/* mixed integer widths selected by a type string */
static unsigned long long fold(const char *types, ...) {
    va_list ap;
    va_start(ap, types);
    unsigned long long h = 0;
    for (const char *t = types; *t; t++) {
        unsigned long long v = 0;
        switch (*t) {
        case 'l': v = (unsigned long long)va_arg(ap, long); break;
        case 'L': v = va_arg(ap, unsigned long); break;
        case 'z': v = va_arg(ap, size_t); break;
        case 't': v = (unsigned long long)va_arg(ap, ptrdiff_t); break;
        case 'q': v = va_arg(ap, unsigned long long); break;
        case 'i': v = (unsigned long long)va_arg(ap, int); break;
        case 'p': { int *p = va_arg(ap, int *); v = p ? (unsigned long long)*p : 0; break; }
        case 'f': { int (*fn)(int) = va_arg(ap, int (*)(int)); v = (unsigned long long)fn(3); break; }
        }
        h = h * 1000003ull + v;
    }
    va_end(ap);
    return h;
}
static int triple(int x) { return 3 * x; }

int main(void) {
    char buf[64];
    size_t n = concat(buf, sizeof buf, "alpha", "-", "beta", "-", "gamma", (char *)NULL);
    printf("%s %zu\n", buf, n);
    n = concat(buf, 8, "abc", "defg", "hij", (char *)NULL);
    printf("%s %zu\n", buf, n);
    int x = 77, arr[5];
    printf("%llu\n", fold("lLztqipf", -5L, 5000000000UL, (size_t)12, &arr[4] - &arr[1], 0xFFFFFFFFFFFFull, -1, &x, triple));
    printf("%llu\n", fold("pip", (int *)NULL, 9, &x));
    return 0;
}
