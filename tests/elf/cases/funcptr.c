/* Function pointers stored in static tables: a const table (needs absolute addresses in
 * read-only data), a writable table patched at run time, a table of structs with
 * pointers to functions and strings, and a pointer to a function returning a pointer. */
#include <stdio.h>

static int add(int a, int b) { return a + b; }
static int sub(int a, int b) { return a - b; }
static int mul(int a, int b) { return a * b; }
int div_or_zero(int a, int b) { return b ? a / b : 0; }

typedef int (*binop)(int, int);
static binop const ops[] = {add, sub, mul, div_or_zero};    /* read-only table */
static binop slots[4] = {mul, mul, add, 0};                  /* writable table */
struct named_op { const char *name; binop fn; char sym; };
static const struct named_op named[] = {
    {"add", add, '+'}, {"sub", sub, '-'}, {"mul", mul, '*'}, {"div", div_or_zero, '/'},
};
static int counter;
static void tick(void) { counter++; }
static void tock(void) { counter += 10; }
static void (*const hooks[])(void) = {tick, tock, tick};
static binop pick(int i) { return ops[i & 3]; }
static binop (*const picker)(int) = pick;

int main(void) {
    for (int i = 0; i < 4; i++) printf("%d ", ops[i](12, 4));
    printf("\n");
    slots[3] = sub;
    int acc = 1;
    for (int i = 0; i < 4; i++) acc = slots[i](acc, 3);
    printf("slots %d\n", acc);
    for (unsigned i = 0; i < sizeof named / sizeof named[0]; i++)
        printf("%s: 7 %c 2 = %d\n", named[i].name, named[i].sym, named[i].fn(7, 2));
    for (unsigned i = 0; i < sizeof hooks / sizeof hooks[0]; i++) hooks[i]();
    printf("counter %d\n", counter);
    printf("picker %d %d\n", picker(2)(6, 7), picker(5)(6, 7));
    printf("same %d %d\n", ops[0] == add, named[3].fn == div_or_zero);
    return 0;
}
