#ifndef _SYS_IOCTL_H
#define _SYS_IOCTL_H
#include <bits/ioctl.h>
struct winsize { unsigned short ws_row, ws_col, ws_xpixel, ws_ypixel; };
int ioctl(int, unsigned long, ...);
#endif
