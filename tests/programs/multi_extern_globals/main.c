#include <stdio.h>
#include "globals.h"

void report(void) {
    int s = 0;
    for (int i = 0; i < 8; i++) s += g_table[i];
    printf("%s: count %d total %.1f table-sum %d buffer %s uninit %ld\n", g_label, g_count, g_total, s, g_buffer, g_uninit);
}

int main(void) {
    report();
    for (int i = 1; i <= 10; i++) record(i * 3);
    report();
    g_label = "changed";
    g_table[7] = 0;
    report();
    int *p = &g_table[2];
    *p = 1000;
    report();
    return 0;
}
