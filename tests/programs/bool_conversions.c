#include <stdio.h>
#include <stdbool.h>

static _Bool to_bool(double d) { return d; }
static bool is_even(int n) { return n % 2 == 0; }

int main(void) {
    _Bool b;
    b = 0; printf("%d", b);
    b = 1; printf("%d", b);
    b = 2; printf("%d", b);
    b = -1; printf("%d", b);
    b = 256; printf("%d", b);            /* not truncated like a char would be */
    b = 0.5; printf("%d", b);
    b = 0.0; printf("%d", b);
    b = -0.0; printf("%d", b);
    b = 1e-300; printf("%d", b);
    printf("\n");
    int x = 5;
    int *p = &x, *np = 0;
    b = p; printf("%d ", b);
    b = np; printf("%d ", b);
    b = 0x100000000LL; printf("%d ", b);
    b = (unsigned char)256; printf("%d\n", b);
    printf("%d %d %d\n", to_bool(0.1), to_bool(-3.0), to_bool(0.0));
    printf("%d %d\n", is_even(4), is_even(7));
    printf("%d %d\n", (int)sizeof(_Bool), true + true);
    bool flags[4] = { true, false, 3, 0 };
    int count = 0;
    for (int i = 0; i < 4; i++) count += flags[i];
    printf("%d\n", count);
    b = 1;
    b++;                                  /* stays 1 */
    printf("%d ", b);
    b--;                                  /* becomes 0 */
    printf("%d ", b);
    b--;                                  /* 0 - 1 = -1 -> 1 */
    printf("%d\n", b);
    b = 1;
    b += 5; printf("%d ", b);
    b *= 0; printf("%d ", b);
    b = 1; b ^= 1; printf("%d\n", b);
    printf("%d %d\n", !5, !!5);
    printf("%d\n", (bool)0.25 + (bool)-7 + (bool)0);
    unsigned u = (bool)42;
    printf("%u %d %d\n", u, true, false);
    return 0;
}
