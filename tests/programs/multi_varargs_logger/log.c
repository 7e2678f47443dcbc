#include <stdio.h>
#include "log.h"
enum level log_threshold = INFO;
int log_count[4];
static const char *const tags[] = { "debug", "info", "warn", "error" };
void log_vmsg(enum level lv, const char *fmt, va_list ap) {
    log_count[lv]++;
    if (lv < log_threshold) return;
    printf("[%s] ", tags[lv]);
    vprintf(fmt, ap);
    printf("\n");
}
void log_msg(enum level lv, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    log_vmsg(lv, fmt, ap);
    va_end(ap);
}
