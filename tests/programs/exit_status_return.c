#include <stdio.h>

int main(void) {
    int errors = 0;
    for (int i = 0; i < 10; i++) if (i % 3 == 0) errors++;
    printf("errors %d\n", errors);
    return errors + 38;
}
