/* A small printf implementation with <stdarg.h>, compared against the C library's snprintf. */
#include <stdio.h>
#include <stdarg.h>
#include <string.h>
#include <stdint.h>

struct out { char *buf; size_t cap, len; };
static void put(struct out *o, char c) { if (o->len + 1 < o->cap) o->buf[o->len] = c; o->len++; }
static void puts_n(struct out *o, const char *s, size_t n) { for (size_t i = 0; i < n; i++) put(o, s[i]); }
static void pad(struct out *o, char c, int n) { while (n-- > 0) put(o, c); }

static int my_vsnprintf(char *buf, size_t cap, const char *fmt, va_list ap) {
    struct out o = { buf, cap, 0 };
    for (const char *p = fmt; *p; p++) {
        if (*p != '%') { put(&o, *p); continue; }
        p++;
        int left = 0, zero = 0, plus = 0, space = 0, alt = 0;
        for (;; p++) {
            if (*p == '-') left = 1; else if (*p == '0') zero = 1; else if (*p == '+') plus = 1;
            else if (*p == ' ') space = 1; else if (*p == '#') alt = 1; else break;
        }
        int width = 0, prec = -1;
        if (*p == '*') { width = va_arg(ap, int); if (width < 0) { left = 1; width = -width; } p++; }
        else while (*p >= '0' && *p <= '9') width = width * 10 + (*p++ - '0');
        if (*p == '.') { p++; prec = 0; if (*p == '*') { prec = va_arg(ap, int); p++; } else while (*p >= '0' && *p <= '9') prec = prec * 10 + (*p++ - '0'); }
        int lng = 0;
        while (*p == 'l') { lng++; p++; }
        char tmp[80];
        int n = 0;
        const char *prefix = "";
        switch (*p) {
        case 'd': case 'i': {
            long long v = lng ? va_arg(ap, long long) : va_arg(ap, int);
            unsigned long long u = v < 0 ? 0ull - (unsigned long long)v : (unsigned long long)v;
            do { tmp[n++] = (char)('0' + u % 10); u /= 10; } while (u);
            if (prec == 0 && v == 0) n = 0;
            prefix = v < 0 ? "-" : plus ? "+" : space ? " " : "";
            goto emit_number;
        }
        case 'u': case 'x': case 'X': case 'o': {
            unsigned long long u = lng ? va_arg(ap, unsigned long long) : va_arg(ap, unsigned);
            unsigned base = *p == 'o' ? 8 : *p == 'u' ? 10 : 16;
            const char *digits = *p == 'X' ? "0123456789ABCDEF" : "0123456789abcdef";
            int nonzero = u != 0;
            do { tmp[n++] = digits[u % base]; u /= base; } while (u);
            if (prec == 0 && !nonzero) n = 0;
            if (alt && base == 16 && nonzero) prefix = *p == 'X' ? "0X" : "0x";
            if (alt && base == 8 && (n == 0 || tmp[n - 1] != '0')) tmp[n++] = '0';
        emit_number: {
                int digits_n = n < prec ? prec : n;
                int total = (int)strlen(prefix) + digits_n;
                if (!left && !(zero && prec < 0)) pad(&o, ' ', width - total);
                puts_n(&o, prefix, strlen(prefix));
                if (!left && zero && prec < 0) pad(&o, '0', width - total);
                pad(&o, '0', digits_n - n);
                while (n) put(&o, tmp[--n]);
                if (left) pad(&o, ' ', width - total);
            }
            break;
        }
        case 'c': { char c = (char)va_arg(ap, int); if (!left) pad(&o, ' ', width - 1); put(&o, c); if (left) pad(&o, ' ', width - 1); break; }
        case 's': {
            const char *s = va_arg(ap, const char *);
            if (!s) s = "(null)";
            size_t len = strlen(s);
            if (prec >= 0 && (size_t)prec < len) len = (size_t)prec;
            if (!left) pad(&o, ' ', width - (int)len);
            puts_n(&o, s, len);
            if (left) pad(&o, ' ', width - (int)len);
            break;
        }
        case '%': put(&o, '%'); break;
        default: put(&o, '%'); put(&o, *p); break;
        }
    }
    if (o.cap) o.buf[o.len < o.cap ? o.len : o.cap - 1] = 0;
    return (int)o.len;
}
static int my_snprintf(char *buf, size_t cap, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    int r = my_vsnprintf(buf, cap, fmt, ap);
    va_end(ap);
    return r;
}

#define CHECK(...) do { char a_[128], b_[128]; int ra_ = my_snprintf(a_, sizeof a_, __VA_ARGS__); int rb_ = snprintf(b_, sizeof b_, __VA_ARGS__); \
    total++; if (ra_ == rb_ && strcmp(a_, b_) == 0) same++; else printf("DIFF [%s] vs [%s]\n", a_, b_); } while (0)

int main(void) {
    int total = 0, same = 0;
    CHECK("%d %i %u", 42, -17, 3000000000u);
    CHECK("[%5d] [%-5d] [%05d] [%+d] [% d] [%.3d] [%8.3d] [%-8.3d|]", 7, 7, -7, 7, 7, 7, -7, 7);
    CHECK("%x %X %#x %#X %o %#o %#o", 255u, 255u, 255u, 0xabcu, 8u, 8u, 0u);
    CHECK("%lld %llu %llx", -9223372036854775807LL - 1, 18446744073709551615ull, 0xdeadbeefcafeull);
    CHECK("[%s] [%10s] [%-10s] [%.2s] [%*s] [%-*s] [%.*s]", "abc", "abc", "abc", "abc", 6, "ab", 6, "ab", 1, "xyz");
    CHECK("[%c] [%3c] [%-3c] %%", 'x', 'y', 'z');
    CHECK("[%.0d] [%.0x] [%5.0d] [%#.0o]", 0, 0u, 0, 0u);
    CHECK("[%*d] [%-*d]", -6, 12, 4, 5);
    for (int i = -1000; i <= 1000; i += 37) CHECK("%d|%6d|%-6d|%06d|%x|%o", i, i, i, i, (unsigned)i, (unsigned)i);
    char small[8];
    int r = my_snprintf(small, sizeof small, "%s", "overflowing");
    printf("truncated [%s] %d\n", small, r);
    printf("%d of %d identical\n", same, total);
    return 0;
}
