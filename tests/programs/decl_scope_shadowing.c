#include <stdio.h>

static int x = 1;
static int f(void) { return x; }

int main(void) {
    printf("%d\n", x);
    int x = 2;
    printf("%d %d\n", x, f());
    {
        int x = 3;
        printf("%d\n", x);
        {
            x++;
            int x = 10;
            (void)x;
        }
        printf("%d\n", x);
    }
    for (int x = 100; x < 102; x++) printf("loop %d\n", x);
    printf("%d\n", x);
    struct x { int x; } sx = { 5 };          /* tags, members and ordinary identifiers are separate name spaces */
    printf("%d\n", sx.x);
    enum { A = 1 };
    {
        enum { A = A + 10 };                 /* inner A initialised from the outer A */
        printf("%d\n", A);
    }
    printf("%d\n", A);
    typedef int T;
    {
        T T = 7;                             /* a variable named like the typedef hides it */
        printf("%d\n", T);
    }
    T y = 8;
    printf("%d\n", y);
    goto x;                                  /* labels have their own name space too */
x:
    printf("label x\n");
    return 0;
}
