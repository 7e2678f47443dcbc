#include <stdio.h>
#include <string.h>

typedef int (*unary)(int);
typedef int (*binary)(int, int);

static int neg(int x) { return -x; }
static int sq(int x) { return x * x; }
static int inc(int x) { return x + 1; }
static int add(int a, int b) { return a + b; }
static int sub(int a, int b) { return a - b; }
static int mul(int a, int b) { return a * b; }

struct op { const char *name; int arity; union { unary u; binary b; } fn; };

static const struct op ops[] = {
    { "neg", 1, { .u = neg } }, { "sq", 1, { .u = sq } }, { "inc", 1, { .u = inc } },
    { "add", 2, { .b = add } }, { "sub", 2, { .b = sub } }, { "mul", 2, { .b = mul } },
};

static const struct op *lookup(const char *name) {
    for (size_t i = 0; i < sizeof ops / sizeof ops[0]; i++) if (strcmp(ops[i].name, name) == 0) return &ops[i];
    return NULL;
}

static unary compose_table[4];
static int apply_chain(int x, int n) { for (int i = 0; i < n; i++) x = compose_table[i](x); return x; }

static int counter;
static void tick(void) { counter++; }
static void tock(void) { counter += 10; }
static void run_n(void (*f)(void), int n) { while (n--) f(); }
static void (*choose(int which))(void) { return which ? tock : tick; }

int main(void) {
    const char *prog[][3] = { { "sq", "7", 0 }, { "add", "3", "4" }, { "mul", "6", "7" }, { "neg", "5", 0 }, { "sub", "1", "10" }, { "nop", "1", 0 } };
    for (int i = 0; i < 6; i++) {
        const struct op *o = lookup(prog[i][0]);
        if (!o) { printf("%s: unknown\n", prog[i][0]); continue; }
        int a = 0, b = 0;
        sscanf(prog[i][1], "%d", &a);
        if (o->arity == 2) sscanf(prog[i][2], "%d", &b);
        printf("%s = %d\n", o->name, o->arity == 1 ? o->fn.u(a) : o->fn.b(a, b));
    }
    compose_table[0] = inc; compose_table[1] = sq; compose_table[2] = neg; compose_table[3] = inc;
    printf("%d %d\n", apply_chain(3, 4), apply_chain(3, 2));
    run_n(tick, 5);
    run_n(choose(1), 3);
    choose(0)();
    printf("%d\n", counter);
    unary u = sq;
    printf("%d %d\n", u == sq, u == neg);
    printf("%d\n", (*u)(9) + (**u)(2));
    return 0;
}
