#include <stdio.h>

int main(void) {
    printf("status is taken modulo 256\n");
    return 256 + 7;
}
