#include <stdio.h>
#include <string.h>
#include "config.h"
void log_line(const char *file, int line, const char *msg) {
    const char *base = strrchr(file, '/');
    printf("%s:%d: %s\n", base ? base + 1 : file, line, msg);
}
int sum_buffer(const int *buf, int n) { int s = 0; for (int i = 0; i < n; i++) s += buf[i]; return s; }
