/* aarch64 open flags and fcntl commands: asm-generic's, but for these (as arm64's uapi has them). */
#ifndef _BITS_FCNTL_AARCH64_H
#define _BITS_FCNTL_AARCH64_H
#define O_DIRECT                  0200000
#define O_DIRECTORY               040000
#define O_NOFOLLOW                0100000
#define O_TMPFILE                 020040000
#define __MICA_O_LARGEFILE_KERNEL 0400000
#include_next <bits/fcntl.h>
#endif
