/* Nested structs, structs holding arrays and pointers to their own type, struct copies,
   typedef'd structs, a tagless struct, and `set print pretty`. */
typedef struct vec { double x, y; } vec;

struct rect {
    vec min, max;
    char tag[6];
};

typedef struct {
    int id;
    struct rect bounds;
    struct { unsigned char r, g, b; } color;
    struct shape *parent;
} shape_t;

struct shape {
    shape_t base;
    int nchildren;
    struct shape *children[2];
};

static double area(const struct rect *r)
{
    double w = r->max.x - r->min.x;
    double h = r->max.y - r->min.y;
    return w * h;
}

static vec centre(struct rect r)
{
    vec c;
    c.x = (r.min.x + r.max.x) / 2;
    c.y = (r.min.y + r.max.y) / 2;
    return c;
}

int main(void)
{
    struct shape root = { { 1, { { 0, 0 }, { 4, 3 }, "root" }, { 255, 128, 0 }, 0 }, 0, { 0, 0 } };
    struct shape kid = { { 2, { { 1, 1 }, { 2, 2.5 }, "kid" }, { 0, 0, 255 }, &root }, 0, { 0, 0 } };
    vec mid;
    double a;
    root.children[root.nchildren++] = &kid;
    a = area(&root.base.bounds) + area(&kid.base.bounds);
    mid = centre(kid.base.bounds);
    return a == 13.5 && mid.x == 1.5 ? 0 : 1;
}
