#ifndef SHAPES_H
#define SHAPES_H
enum shape_kind { CIRCLE, RECT, TRIANGLE };
struct point { double x, y; };
struct shape {
    enum shape_kind kind;
    char name[12];
    struct point origin;
    union {
        struct { double r; } circle;
        struct { double w, h; } rect;
        struct { struct point b, c; } tri;
    } u;
};
struct shape make_circle(const char *name, double x, double y, double r);
struct shape make_rect(const char *name, double x, double y, double w, double h);
struct shape make_tri(const char *name, struct point a, struct point b, struct point c);
double area(const struct shape *s);
struct shape translate(struct shape s, double dx, double dy);
void describe(const struct shape *s);
#endif
