#include <stdio.h>

typedef int binop(int, int);           /* a function type */
typedef binop *binop_ptr;
typedef void visitor(int value, void *ctx);

binop add, mul;                        /* declarations through the typedef */
int add(int a, int b) { return a + b; }
int mul(int a, int b) { return a * b; }

static int reduce(const int *v, int n, int init, binop *op) { for (int i = 0; i < n; i++) init = op(init, v[i]); return init; }
static void each(const int *v, int n, visitor *fn, void *ctx) { for (int i = 0; i < n; i++) fn(v[i], ctx); }
static void collect_max(int value, void *ctx) { int *m = ctx; if (value > *m) *m = value; }
static void print_it(int value, void *ctx) { printf("%s%d", (const char *)ctx, value); }
static binop_ptr choose(char c) { return c == '*' ? mul : add; }

int main(void) {
    int v[] = { 3, 1, 4, 1, 5, 9, 2, 6 };
    printf("%d %d\n", reduce(v, 8, 0, add), reduce(v, 8, 1, mul));
    int mx = -1;
    each(v, 8, collect_max, &mx);
    printf("%d\n", mx);
    each(v, 3, print_it, " ");
    printf("\n");
    printf("%d %d\n", choose('*')(6, 7), choose('+')(6, 7));
    binop *ops[] = { add, mul };
    printf("%d\n", ops[1](ops[0](1, 2), 5));
    printf("%d\n", (int)sizeof(binop_ptr));
    return 0;
}
