#include <stdio.h>
#include "config.h"
#include "util.h"
#include "config.h"
int main(void) {
    int buf[BUFFER_SIZE];
    for (int i = 0; i < (int)ARRAY_LEN(buf); i++) buf[i] = i;
    LOG("starting");
    printf("version %s, %d entries, sum %d\n", VERSION_STR(VERSION_MAJOR, VERSION_MINOR), (int)ARRAY_LEN(buf), sum_buffer(buf, BUFFER_SIZE));
#undef FEATURE_LOGGING
#define FEATURE_LOGGING 0
    LOG("still logs: LOG was defined when util.h was included");
    return 0;
}
