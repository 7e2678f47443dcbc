#ifndef _ERRNO_H
#define _ERRNO_H
#include <bits/errno.h>
int *__errno_location(void);
#define errno (*__errno_location())
#endif
