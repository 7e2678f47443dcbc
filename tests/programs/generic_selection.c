#include <stdio.h>

#define TYPE(x) _Generic((x), \
    _Bool: "_Bool", char: "char", signed char: "signed char", unsigned char: "unsigned char", \
    short: "short", unsigned short: "unsigned short", int: "int", unsigned: "unsigned", \
    long: "long", unsigned long: "unsigned long", long long: "long long", unsigned long long: "unsigned long long", \
    float: "float", double: "double", long double: "long double", \
    char *: "char *", const char *: "const char *", int *: "int *", void *: "void *", int (*)[3]: "int (*)[3]", \
    int (*)(int): "int (*)(int)", default: "other")

#define ABS(x) _Generic((x), int: abs_i, long: abs_l, double: abs_d)(x)
static int abs_i(int v) { return v < 0 ? -v : v; }
static long abs_l(long v) { return v < 0 ? -v : v; }
static double abs_d(double v) { return v < 0 ? -v : v; }
static int f(int v) { return v; }
struct s { int m; };

int main(void) {
    char c = 0; short sh = 0; const int ci = 0; int arr[3]; float fl = 0;
    printf("%s %s %s\n", TYPE(c), TYPE(sh), TYPE(ci));            /* qualifiers dropped (lvalue conversion) */
    printf("%s %s %s\n", TYPE(c + c), TYPE(sh * 2), TYPE(fl * 2));
    printf("%s %s %s\n", TYPE(arr), TYPE(&arr), TYPE("lit"));      /* arrays decay */
    printf("%s %s %s\n", TYPE(f), TYPE(&f), TYPE((void *)0));
    printf("%s %s %s\n", TYPE(1 == 1), TYPE((_Bool)1), TYPE(sizeof(int)));
    printf("%s %s %s\n", TYPE(1.0L), TYPE('x'), TYPE((struct s){ 1 }));
    printf("%s %s\n", TYPE(-1u), TYPE(1 ? 1 : 1L));
    printf("%d %ld %.2f\n", ABS(-5), ABS(-6L), ABS(-7.25));
    int n = 0;
    (void)_Generic(n++, int: 0);                                   /* controlling expression not evaluated */
    printf("%d\n", n);
    return 0;
}
