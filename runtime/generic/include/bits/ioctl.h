/* Linux terminal ioctls (asm-generic: x86_64, aarch64, riscv64, arm). */
#ifndef _BITS_IOCTL_H
#define _BITS_IOCTL_H
#define TCGETS     0x5401
#define TCSETS     0x5402
#define TIOCGWINSZ 0x5413
/* bytes the kernel writes for TCGETS (struct termios, NCCS=19) */
#define __MICA_KTERMIOS_SIZE 36
#endif
