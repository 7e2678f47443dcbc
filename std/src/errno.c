#include <errno.h>
#include "internal.h"

static _Thread_local int __mica_errno_value;

int *__errno_location(void)
{
	return &__mica_errno_value;
}

long __mica_sysret(long r)
{
	if (r < 0 && r > -4096) {
		errno = (int)-r;
		return -1;
	}
	return r;
}
