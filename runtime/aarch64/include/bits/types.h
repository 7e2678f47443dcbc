/* aarch64 (LP64) kernel/POSIX scalar types, as macros so that std/include
   can typedef them once. */
#ifndef _BITS_TYPES_H
#define _BITS_TYPES_H
#define __MICA_TIME_TYPE long
#define __MICA_SUSECONDS_TYPE long
#define __MICA_CLOCK_TYPE long
#define __MICA_CLOCKID_TYPE int
#define __MICA_OFF_TYPE long
#define __MICA_INO_TYPE unsigned long
#define __MICA_DEV_TYPE unsigned long
#define __MICA_NLINK_TYPE unsigned int
#define __MICA_MODE_TYPE unsigned int
#define __MICA_UID_TYPE unsigned int
#define __MICA_GID_TYPE unsigned int
#define __MICA_PID_TYPE int
#define __MICA_BLKSIZE_TYPE int
#define __MICA_BLKCNT_TYPE long
/* tv_nsec is long on every Linux target */
#define __MICA_NSEC_TYPE long
#endif
