#include <stdio.h>

struct vec3 { double v[3]; };
struct bytes { unsigned char b[16]; };
struct ints { int n; int a[4]; };
struct chars3 { char c[3]; };
struct matrix { float m[2][2]; };

static struct vec3 cross(struct vec3 a, struct vec3 b) {
    struct vec3 r = { { a.v[1] * b.v[2] - a.v[2] * b.v[1], a.v[2] * b.v[0] - a.v[0] * b.v[2], a.v[0] * b.v[1] - a.v[1] * b.v[0] } };
    return r;
}
static struct bytes rot(struct bytes x, int k) {
    struct bytes r;
    for (int i = 0; i < 16; i++) r.b[i] = x.b[(i + k) % 16];
    return r;
}
static struct ints push(struct ints s, int v) { if (s.n < 4) s.a[s.n++] = v; return s; }
static struct chars3 upper(struct chars3 c) { for (int i = 0; i < 3; i++) c.c[i] = (char)(c.c[i] - 32); return c; }
static struct matrix mul(struct matrix a, struct matrix b) {
    struct matrix r;
    for (int i = 0; i < 2; i++)
        for (int j = 0; j < 2; j++) r.m[i][j] = a.m[i][0] * b.m[0][j] + a.m[i][1] * b.m[1][j];
    return r;
}

int main(void) {
    struct vec3 x = { { 1, 0, 0 } }, y = { { 0, 1, 0 } };
    struct vec3 z = cross(x, y);
    printf("%.1f %.1f %.1f\n", z.v[0], z.v[1], z.v[2]);
    struct vec3 w = cross((struct vec3){ { 1, 2, 3 } }, (struct vec3){ { 4, 5, 6 } });
    printf("%.1f %.1f %.1f\n", w.v[0], w.v[1], w.v[2]);
    struct bytes b;
    for (int i = 0; i < 16; i++) b.b[i] = (unsigned char)(i * 17);
    struct bytes r = rot(b, 5);
    for (int i = 0; i < 16; i++) printf("%02x", r.b[i]);
    printf("\n");
    struct ints s = { 0, { 0 } };
    s = push(push(push(s, 10), 20), 30);
    printf("%d %d %d %d %d\n", s.n, s.a[0], s.a[1], s.a[2], s.a[3]);
    struct chars3 c = upper((struct chars3){ { 'a', 'b', 'c' } });
    printf("%c%c%c\n", c.c[0], c.c[1], c.c[2]);
    struct matrix m = { { { 1, 1 }, { 1, 0 } } }, p = m;
    for (int i = 0; i < 10; i++) p = mul(p, m);
    printf("%.0f %.0f %.0f %.0f\n", p.m[0][0], p.m[0][1], p.m[1][0], p.m[1][1]);
    return 0;
}
