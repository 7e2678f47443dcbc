#include <stdio.h>

/* old-style (K&R) function definitions are still valid C11 */
int add(a, b)
    int a;
    int b;
{
    return a + b;
}

double scale(x, factor)
    double x;
    int factor;
{
    return x * factor;
}

/* parameters default to int when not declared */
long mixed(c, l, s)
    char c;
    long l;
    short s;
{
    return c + l + s;
}

int no_params() { return 42; }          /* unspecified parameters in a definition: takes none */

int main(void) {
    printf("%d\n", add(2, 3));
    printf("%.2f\n", scale(1.25, 4));
    printf("%ld\n", mixed('A', 100000L, (short)-5));
    printf("%d\n", no_params());
    int (*fp)(int, int) = add;
    printf("%d\n", fp(40, 2));
    return 0;
}
