/* Internal versions of POSIX functions used by std itself (stdio), kept apart
   from unistd.c so that linking them does not define names such as open,
   link or sleep that a C program may use for its own functions. */
#include <fcntl.h>
#include <string.h>
#include <errno.h>
#include <time.h>
#include <sys/ioctl.h>
#include "internal.h"

int __mica_isatty(int fd)
{
	unsigned char buf[64 > __MICA_KTERMIOS_SIZE ? 64 : __MICA_KTERMIOS_SIZE];
	long r = __builtin_syscall(SYS_ioctl, fd, TCGETS, buf);
	if (r < 0) {
		errno = (int)-r;
		return 0;
	}
	return 1;
}

int __mica_fill_template(char *t, size_t suffix)
{
	static unsigned long counter;
	size_t l = strlen(t), i;
	struct timespec ts;
	unsigned long v;
	if (l < 6 + suffix || memcmp(t + l - suffix - 6, "XXXXXX", 6)) {
		errno = EINVAL;
		return -1;
	}
	__builtin_syscall(SYS_clock_gettime, CLOCK_REALTIME, &ts);
	v = (unsigned long)ts.tv_nsec * 2654435761u + (unsigned long)__builtin_syscall(SYS_getpid) * 40503u + counter++ * 977u;
	for (i = 0; i < 6; i++) {
		t[l - suffix - 6 + i] = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"[v % 62];
		v /= 62;
	}
	return 0;
}

int __mica_mkstemp(char *t)
{
	int tries;
	for (tries = 0; tries < 100; tries++) {
		int fd;
		if (__mica_fill_template(t, 0))
			return -1;
		fd = (int)__mica_syscall(SYS_openat, AT_FDCWD, t, O_RDWR | O_CREAT | O_EXCL, 0600);
		if (fd >= 0 || errno != EEXIST)
			return fd;
	}
	return -1;
}

