#include <string.h>
#include "shapes.h"

static void set_name(struct shape *s, const char *name) {
    strncpy(s->name, name, sizeof s->name - 1);
    s->name[sizeof s->name - 1] = 0;
}
struct shape make_circle(const char *name, double x, double y, double r) {
    struct shape s = { CIRCLE, "", { x, y }, { .circle = { r } } };
    set_name(&s, name);
    return s;
}
struct shape make_rect(const char *name, double x, double y, double w, double h) {
    struct shape s;
    memset(&s, 0, sizeof s);
    s.kind = RECT; s.origin.x = x; s.origin.y = y; s.u.rect.w = w; s.u.rect.h = h;
    set_name(&s, name);
    return s;
}
struct shape make_tri(const char *name, struct point a, struct point b, struct point c) {
    struct shape s = { .kind = TRIANGLE, .origin = a, .u.tri = { b, c } };
    set_name(&s, name);
    return s;
}
