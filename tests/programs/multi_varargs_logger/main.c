#include <stdio.h>
#include "log.h"
static void warn_wrapper(const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    log_vmsg(WARN, fmt, ap);
    va_end(ap);
}
int main(void) {
    LOG_INFO("starting %s v%d.%d", "logger", 1, 2);
    log_msg(DEBUG, "hidden %d", 1);
    warn_wrapper("disk at %d%%, %.1f GB free", 91, 12.5);
    double a = average(4, 1.0, 2.0, 3.5, 4.5);
    log_msg(ERROR, "average %.3f of %s", a, "four");
    log_threshold = DEBUG;
    average(2, 1e10, -1e10);
    printf("counts %d %d %d %d\n", log_count[0], log_count[1], log_count[2], log_count[3]);
    return 0;
}
