#include <stdio.h>
#include "colors.h"
int main(void) {
    printf("%d colors, %d values\n", NCOLORS, ncolor_values);
    const char *queries[] = { "blue", "violet", "black", "red" };
    for (int i = 0; i < 4; i++) {
        enum color c = color_from_name(queries[i]);
        if (c == NCOLORS) printf("%s: unknown\n", queries[i]);
        else printf("%s: index %d #%06lx\n", queries[i], (int)c, pack(color_values[c]));
    }
    unsigned long sum = 0;
    for (int i = 0; i < NCOLORS; i++) sum += pack(color_values[i]);
    printf("sum %lu\n", sum);
    return 0;
}
