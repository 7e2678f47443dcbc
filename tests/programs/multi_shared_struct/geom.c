#include <stdio.h>
#include "shapes.h"

double area(const struct shape *s) {
    switch (s->kind) {
    case CIRCLE: return 3.0 * s->u.circle.r * s->u.circle.r;
    case RECT: return s->u.rect.w * s->u.rect.h;
    case TRIANGLE: {
        struct point a = s->origin, b = s->u.tri.b, c = s->u.tri.c;
        double d = (b.x - a.x) * (c.y - a.y) - (c.x - a.x) * (b.y - a.y);
        return (d < 0 ? -d : d) / 2;
    }
    }
    return -1;
}
struct shape translate(struct shape s, double dx, double dy) {
    s.origin.x += dx; s.origin.y += dy;
    if (s.kind == TRIANGLE) { s.u.tri.b.x += dx; s.u.tri.b.y += dy; s.u.tri.c.x += dx; s.u.tri.c.y += dy; }
    return s;
}
void describe(const struct shape *s) {
    static const char *kinds[] = { "circle", "rect", "triangle" };
    printf("%-8s %-10s at (%.2f, %.2f) area %.3f\n", kinds[s->kind], s->name, s->origin.x, s->origin.y, area(s));
}
