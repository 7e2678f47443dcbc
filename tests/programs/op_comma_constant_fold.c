#include <stdio.h>

/* A comma expression is never a constant expression: its left operand must run even when the
   whole value is known (csmith seed 104 found mica folding it away). */
static unsigned short g = 0x84A4;
static int calls;

static int touch(void) {
    g = 0;
    calls++;
    return 0;
}

int main(void) {
    int a = (touch(), 1) || calls;    /* || with a constant-looking left operand */
    int b = (touch(), 0) && calls;    /* && likewise */
    int c = (touch(), 5) + 2;         /* arithmetic on it */
    int d = (touch(), 3) ? 10 : 20;   /* a condition */
    printf("%d %d %d %d calls=%d g=%d\n", a, b, c, d, calls, g);
    return 0;
}
