#ifndef UTIL_H
#define UTIL_H
#ifndef BUFFER_SIZE
#error "config.h must be included first"
#endif
#if FEATURE_LOGGING
#define LOG(msg) log_line(__FILE__, __LINE__, msg)
#else
#define LOG(msg) ((void)0)
#endif
#define ARRAY_LEN(a) (sizeof(a) / sizeof((a)[0]))
void log_line(const char *file, int line, const char *msg);
int sum_buffer(const int *buf, int n);
#endif
