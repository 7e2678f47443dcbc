#include <stdio.h>
#include <string.h>

struct big { long a, b, c; };
struct huge { int v[64]; char name[16]; };
struct mixed_big { double d[3]; int i; char c; };

static struct big make_big(long x) { struct big r = { x, x * 2, x * 3 }; return r; }
static long sum_big(struct big b) { return b.a + b.b + b.c; }
static struct big add_big(struct big x, struct big y) { struct big r = { x.a + y.a, x.b + y.b, x.c + y.c }; return r; }

static struct huge fill(int seed, const char *name) {
    struct huge h;
    for (int i = 0; i < 64; i++) h.v[i] = seed * i - i * i;
    strncpy(h.name, name, sizeof h.name - 1);
    h.name[sizeof h.name - 1] = 0;
    return h;
}
static unsigned long checksum(struct huge h) {
    unsigned long s = 0;
    for (int i = 0; i < 64; i++) s = s * 31 + (unsigned long)h.v[i];
    for (int i = 0; h.name[i]; i++) s += h.name[i];
    h.v[0] = 999999;                       /* callee gets a copy */
    return s;
}
static struct mixed_big scale(struct mixed_big m, double k) {
    for (int i = 0; i < 3; i++) m.d[i] *= k;
    m.i *= 2;
    m.c++;
    return m;
}
/* large struct after registers are exhausted */
static long late(long a, long b, long c, long d, long e, long f, struct big g, long h) {
    return a + b + c + d + e + f + g.a * 100 + g.b * 1000 + g.c * 10000 + h * 100000;
}
/* returning a large struct through a chain of calls */
static struct huge relay(struct huge h) { h.v[63] += 1; return h; }

int main(void) {
    struct big b = make_big(5);
    printf("%ld %ld %ld %ld\n", b.a, b.b, b.c, sum_big(b));
    struct big c = add_big(b, make_big(100));
    printf("%ld %ld %ld\n", c.a, c.b, c.c);
    printf("%ld\n", sum_big(add_big(make_big(1), add_big(make_big(2), make_big(3)))));
    struct huge h = fill(7, "example");
    printf("%lu\n", checksum(h));
    printf("%d\n", h.v[0]);
    struct huge h2 = relay(relay(relay(h)));
    printf("%d %d %s\n", h.v[63], h2.v[63], h2.name);
    struct mixed_big m = { { 1.0, 2.0, 3.0 }, 21, 'x' };
    struct mixed_big m2 = scale(m, 1.5);
    printf("%.2f %.2f %.2f %d %c | %.1f %d %c\n", m2.d[0], m2.d[1], m2.d[2], m2.i, m2.c, m.d[2], m.i, m.c);
    printf("%ld\n", late(1, 2, 3, 4, 5, 6, make_big(1), 7));
    struct huge arr[3];
    for (int i = 0; i < 3; i++) arr[i] = fill(i + 1, i == 1 ? "one" : "other");
    unsigned long total = 0;
    for (int i = 0; i < 3; i++) total += checksum(arr[i]);
    printf("%lu\n", total);
    return 0;
}
