#include <stdio.h>

struct f1 { float x; };
struct f2 { float x, y; };
struct f3 { float x, y, z; };
struct f4 { float x, y, z, w; };
struct d1 { double x; };
struct d2 { double x, y; };
struct fd { float f; double d; };
struct df { double d; float f; };
struct if_ { int i; float f; };
struct fi { float f; int i; };
struct id { int i; double d; };
struct di { double d; int i; };
struct ifif { int i; float f; int j; float g; };
struct cfd { char c; float f; double d; };

static struct f1 sf1(struct f1 a) { a.x *= 2; return a; }
static struct f2 sf2(struct f2 a) { struct f2 r = { a.y, a.x }; return r; }
static struct f3 sf3(struct f3 a) { struct f3 r = { a.x + a.y, a.y + a.z, a.z + a.x }; return r; }
static struct f4 sf4(struct f4 a) { struct f4 r = { a.w, a.z, a.y, a.x }; return r; }
static struct d1 sd1(struct d1 a) { a.x = a.x * a.x; return a; }
static struct d2 sd2(struct d2 a) { struct d2 r = { a.x - a.y, a.x * a.y }; return r; }
static struct fd sfd(struct fd a) { struct fd r = { (float)a.d, a.f }; return r; }
static struct df sdf(struct df a) { struct df r = { a.f, (float)a.d }; return r; }
static struct if_ sif(struct if_ a) { struct if_ r = { (int)a.f, (float)a.i }; return r; }
static struct fi sfi(struct fi a) { struct fi r = { (float)a.i, (int)a.f }; return r; }
static struct id sid(struct id a) { a.i++; a.d /= 2; return a; }
static struct di sdi(struct di a) { a.i--; a.d *= 3; return a; }
static struct ifif sifif(struct ifif a) { struct ifif r = { a.j, a.g, a.i, a.f }; return r; }
static struct cfd scfd(struct cfd a) { a.c++; a.f += 1; a.d += 2; return a; }

/* more float structs than SSE registers */
static double many(struct d2 a, struct d2 b, struct d2 c, struct d2 d, struct d2 e, struct f2 f, double g, struct d1 h) {
    return a.x + b.x * 2 + c.x * 3 + d.x * 4 + e.x * 5 + f.x * 6 + g * 7 + h.x * 8 + a.y + b.y + c.y + d.y + e.y + f.y;
}

int main(void) {
    struct f1 a = sf1((struct f1){ 1.25f }); printf("%.2f\n", a.x);
    struct f2 b = sf2((struct f2){ 1.5f, 2.5f }); printf("%.2f %.2f\n", b.x, b.y);
    struct f3 c = sf3((struct f3){ 1, 2, 4 }); printf("%.1f %.1f %.1f\n", c.x, c.y, c.z);
    struct f4 d = sf4((struct f4){ 1, 2, 3, 4 }); printf("%.1f %.1f %.1f %.1f\n", d.x, d.y, d.z, d.w);
    struct d1 e = sd1((struct d1){ 1.5 }); printf("%.3f\n", e.x);
    struct d2 f = sd2((struct d2){ 3.5, 2.0 }); printf("%.2f %.2f\n", f.x, f.y);
    struct fd g = sfd((struct fd){ 1.5f, 2.75 }); printf("%.2f %.2f\n", g.f, g.d);
    struct df h = sdf((struct df){ 9.5, 0.25f }); printf("%.2f %.2f\n", h.d, h.f);
    struct if_ i = sif((struct if_){ 7, 8.75f }); printf("%d %.2f\n", i.i, i.f);
    struct fi j = sfi((struct fi){ 3.5f, -4 }); printf("%.2f %d\n", j.f, j.i);
    struct id k = sid((struct id){ 41, 5.0 }); printf("%d %.2f\n", k.i, k.d);
    struct di l = sdi((struct di){ 1.5, 100 }); printf("%.2f %d\n", l.d, l.i);
    struct ifif m = sifif((struct ifif){ 1, 2.5f, 3, 4.5f }); printf("%d %.1f %d %.1f\n", m.i, m.f, m.j, m.g);
    struct cfd n = scfd((struct cfd){ 'a', 1.5f, 2.5 }); printf("%c %.1f %.1f\n", n.c, n.f, n.d);
    printf("%.2f\n", many((struct d2){ 1, 0.5 }, (struct d2){ 2, 0.5 }, (struct d2){ 3, 0.5 }, (struct d2){ 4, 0.5 },
                          (struct d2){ 5, 0.5 }, (struct f2){ 6, 0.5f }, 7, (struct d1){ 8 }));
    return 0;
}
