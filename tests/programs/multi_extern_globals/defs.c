#include "globals.h"
int g_count;                 /* zero */
double g_total = 0.5;
const char *g_label = "totals";
int g_table[8] = { 1, 1, 2, 3, 5, 8, 13, 21 };
char g_buffer[32] = "buffer";
long g_uninit;
