#include <stdio.h>
#include <stddef.h>

struct vec {
    union {
        struct { float x, y, z; };
        float v[3];
    };
};

struct tagged {
    int kind;
    union {
        int i;
        double d;
        struct { short lo, hi; };
    };
    struct { int line, col; } pos;   /* named member of anonymous struct type */
};

struct nested {
    int a;
    struct {
        int b;
        union {
            int c;
            unsigned char bytes[4];
        };
    };
};

int main(void) {
    struct vec v = { { { 1.0f, 2.0f, 3.0f } } };
    printf("%.1f %.1f %.1f\n", v.v[0], v.v[1], v.v[2]);
    v.v[1] = 5.5f;
    printf("%.1f\n", v.y);
    printf("size %d\n", (int)sizeof v);
    struct tagged t;
    t.kind = 1; t.d = 2.25;
    printf("%d %.2f\n", t.kind, t.d);
    t.kind = 2; t.i = 0x00070003;
    printf("%d %d\n", t.lo, t.hi);
    t.pos.line = 10; t.pos.col = 20;
    printf("%d %d offsets %d %d %d\n", t.pos.line, t.pos.col, (int)offsetof(struct tagged, i),
           (int)offsetof(struct tagged, hi), (int)offsetof(struct tagged, pos));
    struct nested n = { .a = 1, .b = 2, .c = 0x04030201 };
    printf("%d %d %d %d %d\n", n.a, n.b, n.bytes[0], n.bytes[3], (int)offsetof(struct nested, bytes));
    struct tagged u = { .kind = 3, .d = 1.5, .pos = { 7, 8 } };
    printf("%d %.1f %d %d\n", u.kind, u.d, u.pos.line, u.pos.col);
    return 0;
}
