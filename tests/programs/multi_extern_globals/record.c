#include "globals.h"
void record(int v) {
    g_count++;
    g_total += v;
    g_table[v % 8] += v;
    g_buffer[0] = (char)('A' + g_count);
    g_uninit -= v;
}
