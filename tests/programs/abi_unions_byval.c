#include <stdio.h>

union num { int i; float f; };
union wide { double d; long l; };
union blob { char c[12]; int i[3]; };
struct holder { int tag; union { long l; double d; } u; };

static union num flip(union num n) { n.i ^= (int)0x80000000u; return n; }
static union wide twice(union wide w) { w.d *= 2; return w; }
static union blob rev(union blob b) { union blob r; for (int i = 0; i < 12; i++) r.c[i] = b.c[11 - i]; return r; }
static struct holder inc(struct holder h) { if (h.tag) h.u.d += 1.5; else h.u.l += 1; return h; }

int main(void) {
    union num n; n.f = 2.5f;
    union num m = flip(n);
    printf("%.2f\n", m.f);
    union wide w = { .d = 1.25 };
    printf("%.2f\n", twice(twice(w)).d);
    union blob b = { "abcdefghijk" };
    union blob r = rev(b);
    printf("%.11s\n", r.c + 1);
    struct holder h1 = { 0, { .l = 41 } }, h2 = { 1, { .d = 0.5 } };
    printf("%ld %.1f\n", inc(h1).u.l, inc(h2).u.d);
    return 0;
}
