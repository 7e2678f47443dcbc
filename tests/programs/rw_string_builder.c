/* A growable string builder with formatted appends, used to render a table and a word-wrapped report. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdarg.h>

struct sb { char *s; size_t len, cap; int grows; };
static void sb_reserve(struct sb *b, size_t extra) {
    if (b->len + extra + 1 <= b->cap) return;
    size_t nc = b->cap ? b->cap : 16;
    while (nc < b->len + extra + 1) nc *= 2;
    b->s = realloc(b->s, nc);
    b->cap = nc;
    b->grows++;
}
static void sb_append(struct sb *b, const char *s) { size_t n = strlen(s); sb_reserve(b, n); memcpy(b->s + b->len, s, n + 1); b->len += n; }
static void sb_appendf(struct sb *b, const char *fmt, ...) {
    va_list ap, ap2;
    va_start(ap, fmt);
    va_copy(ap2, ap);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    sb_reserve(b, (size_t)n);
    vsnprintf(b->s + b->len, (size_t)n + 1, fmt, ap2);
    va_end(ap2);
    b->len += (size_t)n;
}
static void sb_repeat(struct sb *b, char c, int n) { sb_reserve(b, (size_t)n); for (int i = 0; i < n; i++) b->s[b->len++] = c; b->s[b->len] = 0; }

int main(void) {
    struct sb b = { NULL, 0, 0, 0 };
    const char *names[] = { "alpha", "beta", "gamma", "delta", "epsilon" };
    double vals[] = { 1.5, -22.25, 333.125, 0.0625, 12345.5 };
    sb_append(&b, "+");
    sb_repeat(&b, '-', 12); sb_append(&b, "+"); sb_repeat(&b, '-', 12); sb_append(&b, "+\n");
    for (int i = 0; i < 5; i++) sb_appendf(&b, "| %-10s | %10.3f |\n", names[i], vals[i]);
    sb_append(&b, "+"); sb_repeat(&b, '=', 25); sb_append(&b, "+\n");
    double total = 0;
    for (int i = 0; i < 5; i++) total += vals[i];
    sb_appendf(&b, "| %-10s | %10.3f |\n", "total", total);
    fputs(b.s, stdout);
    printf("length %zu capacity %zu grows %d\n", b.len, b.cap, b.grows);
    struct sb big = { NULL, 0, 0, 0 };
    for (int i = 0; i < 5000; i++) sb_appendf(&big, "%d,", i * i);
    unsigned long h = 0;
    for (size_t i = 0; i < big.len; i++) h = h * 31 + (unsigned char)big.s[i];
    printf("big length %zu grows %d hash %lu tail %s\n", big.len, big.grows, h, big.s + big.len - 20);
    free(b.s); free(big.s);
    return 0;
}
