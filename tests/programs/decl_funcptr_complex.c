#include <stdio.h>

static int table[3][4] = { { 1, 2, 3, 4 }, { 5, 6, 7, 8 }, { 9, 10, 11, 12 } };

/* a function returning a pointer to an array of 4 ints */
static int (*row(int i))[4] { return &table[i]; }

/* a pointer to a function returning a pointer to an array of 4 ints */
static int (*(*row_getter)(int))[4] = row;

static int add(int a, int b) { return a + b; }
static int sub(int a, int b) { return a - b; }
static int mul(int a, int b) { return a * b; }

/* an array of function pointers */
static int (*ops[3])(int, int) = { add, sub, mul };

/* a function returning a pointer to a function */
static int (*pick(char c))(int, int) {
    switch (c) {
    case '+': return add;
    case '-': return sub;
    default: return mul;
    }
}

/* a pointer to an array of 3 pointers to functions */
static int (*(*ops_ptr)[3])(int, int) = &ops;

/* a function taking a function pointer and returning one */
static int (*compose_first(int (*f)(int, int), int (*g)(int, int)))(int, int) {
    return f(1, 1) > g(1, 1) ? f : g;
}

/* a pointer to a function returning a pointer to a function returning int */
static int (*(*meta)(char))(int, int) = pick;

static const char *names[] = { "add", "sub", "mul" };
/* a function returning a pointer to a const char pointer */
static const char **name_at(int i) { return &names[i]; }

/* void pointer to function? no: a function pointer taking a function pointer */
static void apply_all(void (*cb)(int (*)(int, int), int), int arg) {
    for (int i = 0; i < 3; i++) cb(ops[i], arg);
}
static void show(int (*f)(int, int), int arg) { printf("cb %d\n", f(arg, 3)); }

int main(void) {
    int (*r)[4] = row(1);
    printf("%d %d\n", (*r)[0], (*r)[3]);
    printf("%d\n", (*row_getter(2))[1]);
    printf("%d\n", row_getter(0)[0][2]);
    printf("%d\n", sizeof *row(0) == 4 * sizeof(int));
    for (int i = 0; i < 3; i++) printf("%s(7,3)=%d\n", *name_at(i), ops[i](7, 3));
    printf("%d %d %d\n", pick('+')(10, 4), pick('-')(10, 4), pick('*')(10, 4));
    printf("%d\n", (*ops_ptr)[2](6, 7));
    printf("%d\n", (**ops_ptr)(6, 7));
    printf("%d\n", compose_first(add, mul)(5, 6));
    printf("%d\n", meta('-')(100, 1));
    printf("%d\n", (*(*meta)('+'))(2, 2));
    apply_all(show, 9);
    int (**pp)(int, int) = &ops[1];
    printf("%d\n", (*pp)(1, 2));
    printf("%d\n", pp[1](4, 5));
    printf("%d %d\n", (int)(sizeof ops / sizeof ops[0]), (int)sizeof(ops_ptr));
    return 0;
}
