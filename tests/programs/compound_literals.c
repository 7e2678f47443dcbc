#include <stdio.h>

struct point { int x, y; };
static int sum_arr(const int *a, int n) { int s = 0; for (int i = 0; i < n; i++) s += a[i]; return s; }
static struct point add(struct point a, struct point b) { return (struct point){ a.x + b.x, a.y + b.y }; }
static int *file_scope = (int[]){ 5, 6, 7 };   /* static storage duration */

int main(void) {
    printf("%d\n", sum_arr((int[]){ 1, 2, 3, 4 }, 4));
    struct point p = add((struct point){ 1, 2 }, (struct point){ .y = 10, .x = 20 });
    printf("%d %d\n", p.x, p.y);
    int *q = (int[3]){ 0 };
    q[1] = 8;
    printf("%d %d %d\n", q[0], q[1], q[2]);
    struct point *pp = &(struct point){ 3, 4 };
    pp->x *= 10;
    printf("%d %d\n", pp->x, pp->y);
    printf("%d\n", file_scope[2]);
    /* a compound literal inside a loop is a new object each iteration but one per evaluation */
    int total = 0;
    for (int i = 0; i < 3; i++) {
        int *t = (int[]){ i, i * 2, i * 3 };
        total += t[0] + t[1] + t[2];
    }
    printf("%d\n", total);
    const char *s = (const char[]){ "literal" };
    printf("%s\n", s);
    printf("%d\n", (int)sizeof((char[10]){ 0 }));
    double d = ((double[]){ 1.5, 2.5 })[1];
    printf("%.1f\n", d);
    struct point arr2[2] = { (struct point){ 1, 1 }, (struct point){ 2, 2 } };
    printf("%d\n", arr2[1].y);
    /* modifiable lvalue */
    (struct point){ 0, 0 }.x = 5;
    int n = ((struct { int a; int b[2]; }){ 1, { 2, 3 } }).b[1];
    printf("%d\n", n);
    return 0;
}
