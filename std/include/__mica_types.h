/* Internal: each type is defined once, when a header asks for it with
   #define __NEED_<name> before including this file. */
#include <bits/types.h>

#if defined(__NEED_size_t) && !defined(__DEFINED_size_t)
typedef __SIZE_TYPE__ size_t;
#define __DEFINED_size_t
#endif
#if defined(__NEED_ssize_t) && !defined(__DEFINED_ssize_t)
typedef __PTRDIFF_TYPE__ ssize_t;
#define __DEFINED_ssize_t
#endif
#if defined(__NEED_ptrdiff_t) && !defined(__DEFINED_ptrdiff_t)
typedef __PTRDIFF_TYPE__ ptrdiff_t;
#define __DEFINED_ptrdiff_t
#endif
#if defined(__NEED_wchar_t) && !defined(__DEFINED_wchar_t)
typedef __WCHAR_TYPE__ wchar_t;
#define __DEFINED_wchar_t
#endif
#if defined(__NEED_wint_t) && !defined(__DEFINED_wint_t)
typedef __WINT_TYPE__ wint_t;
#define __DEFINED_wint_t
#endif
#if defined(__NEED_intptr_t) && !defined(__DEFINED_intptr_t)
typedef __INTPTR_TYPE__ intptr_t;
#define __DEFINED_intptr_t
#endif
#if defined(__NEED_uintptr_t) && !defined(__DEFINED_uintptr_t)
typedef __UINTPTR_TYPE__ uintptr_t;
#define __DEFINED_uintptr_t
#endif
#if defined(__NEED_va_list) && !defined(__DEFINED_va_list)
typedef __builtin_va_list va_list;
#define __DEFINED_va_list
#endif
#if defined(__NEED_off_t) && !defined(__DEFINED_off_t)
typedef __MICA_OFF_TYPE off_t;
#define __DEFINED_off_t
#endif
#if defined(__NEED_time_t) && !defined(__DEFINED_time_t)
typedef __MICA_TIME_TYPE time_t;
#define __DEFINED_time_t
#endif
#if defined(__NEED_clock_t) && !defined(__DEFINED_clock_t)
typedef __MICA_CLOCK_TYPE clock_t;
#define __DEFINED_clock_t
#endif
#if defined(__NEED_clockid_t) && !defined(__DEFINED_clockid_t)
typedef __MICA_CLOCKID_TYPE clockid_t;
#define __DEFINED_clockid_t
#endif
#if defined(__NEED_suseconds_t) && !defined(__DEFINED_suseconds_t)
typedef __MICA_SUSECONDS_TYPE suseconds_t;
#define __DEFINED_suseconds_t
#endif
#if defined(__NEED_useconds_t) && !defined(__DEFINED_useconds_t)
typedef unsigned int useconds_t;
#define __DEFINED_useconds_t
#endif
#if defined(__NEED_pid_t) && !defined(__DEFINED_pid_t)
typedef __MICA_PID_TYPE pid_t;
#define __DEFINED_pid_t
#endif
#if defined(__NEED_uid_t) && !defined(__DEFINED_uid_t)
typedef __MICA_UID_TYPE uid_t;
#define __DEFINED_uid_t
#endif
#if defined(__NEED_gid_t) && !defined(__DEFINED_gid_t)
typedef __MICA_GID_TYPE gid_t;
#define __DEFINED_gid_t
#endif
#if defined(__NEED_mode_t) && !defined(__DEFINED_mode_t)
typedef __MICA_MODE_TYPE mode_t;
#define __DEFINED_mode_t
#endif
#if defined(__NEED_dev_t) && !defined(__DEFINED_dev_t)
typedef __MICA_DEV_TYPE dev_t;
#define __DEFINED_dev_t
#endif
#if defined(__NEED_ino_t) && !defined(__DEFINED_ino_t)
typedef __MICA_INO_TYPE ino_t;
#define __DEFINED_ino_t
#endif
#if defined(__NEED_nlink_t) && !defined(__DEFINED_nlink_t)
typedef __MICA_NLINK_TYPE nlink_t;
#define __DEFINED_nlink_t
#endif
#if defined(__NEED_blksize_t) && !defined(__DEFINED_blksize_t)
typedef __MICA_BLKSIZE_TYPE blksize_t;
#define __DEFINED_blksize_t
#endif
#if defined(__NEED_blkcnt_t) && !defined(__DEFINED_blkcnt_t)
typedef __MICA_BLKCNT_TYPE blkcnt_t;
#define __DEFINED_blkcnt_t
#endif
#if defined(__NEED_struct_timespec) && !defined(__DEFINED_struct_timespec)
struct timespec { time_t tv_sec; __MICA_NSEC_TYPE tv_nsec; };
#define __DEFINED_struct_timespec
#endif
#if defined(__NEED_struct_timeval) && !defined(__DEFINED_struct_timeval)
struct timeval { time_t tv_sec; suseconds_t tv_usec; };
#define __DEFINED_struct_timeval
#endif
#if defined(__NEED_sigset_t) && !defined(__DEFINED_sigset_t)
typedef struct { unsigned long __bits[128 / sizeof(long)]; } sigset_t;
#define __DEFINED_sigset_t
#endif
#if defined(__NEED_FILE) && !defined(__DEFINED_FILE)
typedef struct __mica_FILE FILE;
#define __DEFINED_FILE
#endif
#if defined(__NEED_locale_t) && !defined(__DEFINED_locale_t)
typedef struct __mica_locale *locale_t;
#define __DEFINED_locale_t
#endif
