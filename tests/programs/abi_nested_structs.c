#include <stdio.h>

struct inner { short a; char b; };
struct mid { struct inner in; float f; };
struct outer { struct mid m; double d; };
struct deep { struct { struct { char c[2]; } x; int y; } z; };
struct fpair { struct { float x; } a; struct { float y; } b; };

static struct outer build(short a, char b, float f, double d) { struct outer o = { { { a, b }, f }, d }; return o; }
static double total(struct outer o) { return o.m.in.a + o.m.in.b + o.m.f + o.d; }
static struct mid get_mid(struct outer o) { return o.m; }
static struct deep mkdeep(char c0, char c1, int y) { struct deep d = { { { { c0, c1 } }, y } }; return d; }
static struct fpair flip(struct fpair p) { struct fpair r = { { p.b.y }, { p.a.x } }; return r; }

int main(void) {
    struct outer o = build(-300, 'z', 1.5f, 1000.25);
    printf("%d %c %.2f %.2f\n", o.m.in.a, o.m.in.b, o.m.f, o.d);
    printf("%.2f\n", total(o));
    struct mid m = get_mid(build(7, 'A', -2.5f, 0));
    printf("%d %d %.1f\n", m.in.a, m.in.b, m.f);
    struct deep d = mkdeep('p', 'q', 99);
    printf("%c%c %d %d\n", d.z.x.c[0], d.z.x.c[1], d.z.y, (int)sizeof d);
    struct fpair fp = flip((struct fpair){ { 1.25f }, { -8.5f } });
    printf("%.2f %.2f\n", fp.a.x, fp.b.y);
    printf("%d %d %d\n", (int)sizeof(struct inner), (int)sizeof(struct mid), (int)sizeof(struct outer));
    return 0;
}
