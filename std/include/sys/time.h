#ifndef _SYS_TIME_H
#define _SYS_TIME_H
#include <sys/types.h>
#define __NEED_struct_timeval
#define __NEED_struct_timespec
#include <__mica_types.h>
struct timezone { int tz_minuteswest; int tz_dsttime; };
int gettimeofday(struct timeval *restrict, void *restrict);
int settimeofday(const struct timeval *, const struct timezone *);
#define timerisset(t) ((t)->tv_sec || (t)->tv_usec)
#define timerclear(t) ((t)->tv_sec = (t)->tv_usec = 0)
#endif
