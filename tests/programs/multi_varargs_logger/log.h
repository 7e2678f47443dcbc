#ifndef LOG_H
#define LOG_H
#include <stdarg.h>
enum level { DEBUG, INFO, WARN, ERROR };
extern enum level log_threshold;
extern int log_count[4];
void log_msg(enum level lv, const char *fmt, ...);
void log_vmsg(enum level lv, const char *fmt, va_list ap);
double average(int n, ...);
#define LOG_INFO(...) log_msg(INFO, __VA_ARGS__)
#endif
