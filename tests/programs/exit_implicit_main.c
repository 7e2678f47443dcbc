#include <stdio.h>

/* reaching the } that terminates main returns 0 */
int main(void) {
    int s = 0;
    for (int i = 0; i < 10; i++) s += i;
    printf("sum %d\n", s);
}
