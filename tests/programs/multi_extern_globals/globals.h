#ifndef GLOBALS_H
#define GLOBALS_H
extern int g_count;
extern double g_total;
extern const char *g_label;
extern int g_table[8];
extern char g_buffer[];
extern long g_uninit;
void record(int v);
void report(void);
#endif
