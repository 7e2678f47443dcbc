#include <stdio.h>

#define SQUARE(x) ((x) * (x))
#define BAD_SQUARE(x) x * x
#define MAX(a, b) ((a) > (b) ? (a) : (b))
#define MIN(a, b) ((a) < (b) ? (a) : (b))
#define CLAMP(v, lo, hi) MIN(MAX(v, lo), hi)
#define ADD3(a, b, c) ((a) + (b) + (c))
#define CALL(f, arg) f(arg)
#define NOARGS() 123
#define ID(x) x
#define FIRST(a, b) a
#define SECOND(a, b) b
#define SWAP(t, a, b) do { t tmp_ = (a); (a) = (b); (b) = tmp_; } while (0)
#define APPLY_TWICE(f, x) f(f(x))
#define inc(x) ((x) + 1)

static int twice(int v) { return 2 * v; }
static int square_fn(int v) { return v * v; }
#define square_fn(v) (1000 + (v))

int main(void) {
    int i = 3, j = 4;
    printf("%d %d\n", SQUARE(i + 1), BAD_SQUARE(i + 1));
    printf("%d %d\n", MAX(i, j), MIN(i, j));
    printf("%d %d %d\n", CLAMP(5, 0, 3), CLAMP(-2, 0, 3), CLAMP(2, 0, 3));
    printf("%d\n", ADD3(1, 2, 3));
    printf("%d\n", ADD3((1, 2), 3, 4));          /* parenthesised comma is one argument */
    printf("%d\n", CALL(twice, 21));
    printf("%d\n", NOARGS());
    printf("%d\n", ID(ID(ID(5))));
    printf("%d %d\n", FIRST(10, 20), SECOND(10, 20));
    SWAP(int, i, j);
    printf("after swap %d %d\n", i, j);
    printf("%d\n", APPLY_TWICE(twice, 3));
    printf("%d\n", APPLY_TWICE(inc, 3));
    printf("%d\n", square_fn(5));               /* the macro */
    printf("%d\n", (square_fn)(5));             /* the function: name not followed by ( */
    int (*fp)(int) = square_fn;                 /* the function */
    printf("%d\n", fp(6));
    printf("%d\n", SQUARE(SQUARE(2)));
    printf("%d\n", MAX(MAX(1, 9), MAX(4, 7)));
    int k = 0;
    int r = MAX(k++, -1);                        /* k++ evaluated twice: sequenced by ?: */
    printf("r=%d k=%d\n", r, k);
    printf("%d\n", ID(
        7
        +
        8));
    return 0;
}
