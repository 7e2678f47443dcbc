#include <stdio.h>
#include "mathx.h"

int main(void) {
    printf("%d %d %d\n", clampi(-5, 0, 10), clampi(50, 0, 10), clampi(7, 0, 10));
    printf("%ld\n", sq(123456));
    printf("%d %d\n", uses_inline_a(150), uses_inline_b(12));
    int (*fp)(int, int, int) = clampi;     /* address of the external definition */
    printf("%d\n", fp(3, 4, 5));
    return 0;
}
