/* Linux open flags and fcntl commands as asm-generic defines them (x86_64 uses them as they are);
   an architecture with a few of its own has a bits/fcntl.h that defines those, then
   #include_next's this one. */
#ifndef _BITS_FCNTL_H
#define _BITS_FCNTL_H
#define O_RDONLY    00
#define O_WRONLY    01
#define O_RDWR      02
#define O_ACCMODE   03
#define O_CREAT     0100
#define O_EXCL      0200
#define O_NOCTTY    0400
#define O_TRUNC     01000
#define O_APPEND    02000
#define O_NONBLOCK  04000
#define O_NDELAY    O_NONBLOCK
#define O_DSYNC     010000
#define O_ASYNC     020000
#ifndef O_DIRECT
#define O_DIRECT    040000
#endif
#define O_LARGEFILE 0
#ifndef O_DIRECTORY
#define O_DIRECTORY 0200000
#endif
#ifndef O_NOFOLLOW
#define O_NOFOLLOW  0400000
#endif
#define O_NOATIME   01000000
#define O_CLOEXEC   02000000
#define O_SYNC      04010000
#define O_RSYNC     04010000
#define O_PATH      010000000
#ifndef O_TMPFILE
#define O_TMPFILE   020200000
#endif
/* the kernel wants this bit set on 64-bit targets to allow >2GB files */
#ifndef __MICA_O_LARGEFILE_KERNEL
#define __MICA_O_LARGEFILE_KERNEL 0100000
#endif

#define F_DUPFD 0
#define F_GETFD 1
#define F_SETFD 2
#define F_GETFL 3
#define F_SETFL 4
#define F_GETLK 5
#define F_SETLK 6
#define F_SETLKW 7
#define F_SETOWN 8
#define F_GETOWN 9
#define F_DUPFD_CLOEXEC 1030
#endif
