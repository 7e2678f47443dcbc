#include <stdio.h>
#include "events.h"
static void log_event(int event, void *ctx) { printf("  [%s] event %d\n", (const char *)ctx, event); }
static void count_event(int event, void *ctx) { *(int *)ctx += event; }
void register_logger(void) {
    subscribe(0, log_event, "all");
    subscribe(2, log_event, "two-only");
}
void register_counter(int *counter) { subscribe(3, count_event, counter); subscribe(2, count_event, counter); }
