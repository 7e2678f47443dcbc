#include <stdio.h>

struct pt { int x, y; };
struct pf { double x, y; };

typedef struct pt (*pt_op)(struct pt, struct pt);
typedef double (*reducer)(double acc, struct pf p);

static struct pt pt_add(struct pt a, struct pt b) { return (struct pt){ a.x + b.x, a.y + b.y }; }
static struct pt pt_max(struct pt a, struct pt b) { return (struct pt){ a.x > b.x ? a.x : b.x, a.y > b.y ? a.y : b.y }; }
static double dot_acc(double acc, struct pf p) { return acc + p.x * p.y; }
static double len_acc(double acc, struct pf p) { return acc + (p.x < 0 ? -p.x : p.x) + (p.y < 0 ? -p.y : p.y); }

static struct pt fold(const struct pt *v, int n, pt_op op, struct pt init) {
    for (int i = 0; i < n; i++) init = op(init, v[i]);
    return init;
}
static double reduce(const struct pf *v, int n, reducer r) {
    double acc = 0;
    for (int i = 0; i < n; i++) acc = r(acc, v[i]);
    return acc;
}

int main(void) {
    struct pt pts[5] = { { 1, 9 }, { 4, 2 }, { -3, 7 }, { 8, -1 }, { 0, 0 } };
    pt_op ops[2] = { pt_add, pt_max };
    for (int i = 0; i < 2; i++) {
        struct pt r = fold(pts, 5, ops[i], (struct pt){ 0, 0 });
        printf("%d %d\n", r.x, r.y);
    }
    struct pf fs[4] = { { 1.5, 2 }, { -1, 3 }, { 0.25, -4 }, { 2, 2 } };
    reducer rs[] = { dot_acc, len_acc };
    for (int i = 0; i < 2; i++) printf("%.2f\n", reduce(fs, 4, rs[i]));
    return 0;
}
