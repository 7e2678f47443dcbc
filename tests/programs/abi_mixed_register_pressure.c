#include <stdio.h>

struct dd { double a, b; };
struct li { long l; int i; };
struct fff { float a, b, c; };

/* 6 integer registers and 8 SSE registers: these signatures overflow one class but not the other */
static double f1(struct dd a, struct dd b, struct dd c, struct dd d, struct dd e, double x, int i, long j) {
    return a.a + b.b + c.a * 2 + d.b * 3 + e.a * 4 + e.b + x + i + j;
}
static long f2(struct li a, struct li b, struct li c, int d, struct li e, double x) {
    return a.l + a.i + b.l * 2 + b.i + c.l * 3 + c.i + d + e.l * 5 + e.i + (long)x;
}
static struct fff f3(int a, struct fff s, double b, struct fff t, long c, struct fff u, float d) {
    struct fff r = { s.a + t.a + u.a + (float)a, s.b + t.b + u.b + (float)b, s.c + t.c + u.c + (float)c + d };
    return r;
}
static struct dd f4(int n, ...);
static struct dd swap_dd(struct dd x) { struct dd r = { x.b, x.a }; return r; }

int main(void) {
    struct dd a = { 1, 2 }, b = { 3, 4 }, c = { 5, 6 }, d = { 7, 8 }, e = { 9, 10 };
    printf("%.2f\n", f1(a, b, c, d, e, 0.5, 11, 12));
    struct li l1 = { 100, 1 }, l2 = { 200, 2 }, l3 = { 300, 3 }, l4 = { 500, 5 };
    printf("%ld\n", f2(l1, l2, l3, 7, l4, 9.9));
    struct fff s = { 1, 2, 3 }, t = { 0.5f, 0.25f, 0.125f }, u = { 10, 20, 30 };
    struct fff r = f3(1, s, 2.0, t, 3, u, 0.5f);
    printf("%.3f %.3f %.3f\n", r.a, r.b, r.c);
    struct dd w = swap_dd(swap_dd(swap_dd(a)));
    printf("%.1f %.1f\n", w.a, w.b);
    (void)f4;
    return 0;
}
static struct dd f4(int n, ...) { struct dd r = { n, n }; return r; }
