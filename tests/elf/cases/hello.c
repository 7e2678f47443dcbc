/* The smallest useful program: one string literal, one call into the std library. */
#include <stdio.h>

int main(void) {
    printf("hello, world\n");
    return 0;
}
