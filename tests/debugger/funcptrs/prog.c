/* Function pointers (plain, typedef'd, in arrays and structs, returning function pointers),
   variadic functions, and a function declared without a prototype. */
#include <stdarg.h>

typedef int (*binop)(int, int);
typedef void handler_fn(const char *msg, ...);

struct ops {
    const char *name;
    binop apply;
    int (*unary)(int);
    long (*vsum)(int count, ...);
};

static int add(int a, int b)
{
    return a + b;
}

static int mul(int a, int b)
{
    return a * b;
}

static int neg(int a)
{
    return -a;
}

static int answer()
{
    return 42;
}

static long sum_all(int count, ...)
{
    va_list ap;
    long total = 0;
    va_start(ap, count);
    for (int i = 0; i < count; i++)
        total += va_arg(ap, int);
    va_end(ap);
    return total;
}

static int zf_last;
static void record(const char *msg, ...)
{
    zf_last = msg[0];
}

static binop pick(char op)
{
    binop f = op == '+' ? add : mul;
    return f;
}

static int apply_all(binop table[], int n, int x, int y)
{
    int acc = 0;
    for (int i = 0; i < n; i++)
        acc += table[i](x, y);
    return acc;
}

int main(void)
{
    binop table[2] = { add, mul };
    struct ops o = { "ops", mul, neg, sum_all };
    handler_fn *h = record;
    int (*noproto)() = answer;
    binop (*chooser)(char) = pick;
    int r = apply_all(table, 2, 3, 4);
    r += o.apply(2, 5) + o.unary(1) + (int)o.vsum(3, 1, 2, 3) + noproto();
    h("done", 1);
    r += chooser('+')(1, 1);
    return r == 7 + 12 + 10 - 1 + 6 + 42 + 2 && zf_last == 'd' ? 0 : 1;
}
