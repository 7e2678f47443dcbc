#include <stdio.h>
#include <stdlib.h>

static void helper(int depth) {
    if (depth == 3) {
        printf("exiting from depth %d\n", depth);
        exit(3);                  /* flushes stdout */
    }
    helper(depth + 1);
}

int main(void) {
    printf("start\n");
    helper(0);
    printf("not reached\n");
    return 0;
}
