#include <stdio.h>
#include <stdlib.h>
#include <stdnoreturn.h>

static _Noreturn void die(int code) {
    printf("dying with %d\n", code);
    exit(code);
}
noreturn static void die2(void) { exit(0); }

static inline int square(int x) { return x * x; }
inline static int cube(int x) { return x * square(x); }

/* C99 inline: an inline definition plus an external definition in this file */
inline int twice(int x) { return 2 * x; }
extern inline int twice(int x);

static int checked_div(int a, int b) {
    if (b == 0) die(0);
    return a / b;
}

int main(void) {
    printf("%d %d %d\n", square(7), cube(3), twice(21));
    int (*fp)(int) = twice;
    printf("%d\n", fp(5));
    int (*sq)(int) = square;
    printf("%d\n", sq(12));
    printf("%d\n", checked_div(100, 7));
    if (square(2) == 4) {
        printf("about to exit\n");
        fflush(stdout);
        die2();
    }
    printf("not reached\n");
    return 1;
}
