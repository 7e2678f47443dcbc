/* Directory streams: a buffer of linux_dirent64 records refilled with getdents64 (the same
   record layout on every architecture). */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>
#include <unistd.h>

#include "internal.h"

enum { DIR_BUF = 4096 };

struct __mica_DIR {
	int fd;
	size_t pos, len;
	struct dirent entry;
	unsigned char buf[DIR_BUF];
};

DIR *fdopendir(int fd)
{
	DIR *d = malloc(sizeof *d);
	if (!d)
		return 0;
	d->fd = fd;
	d->pos = d->len = 0;
	return d;
}

DIR *opendir(const char *name)
{
	int fd = (int)__mica_syscall(SYS_openat, AT_FDCWD, name, O_RDONLY | O_DIRECTORY | O_CLOEXEC, 0);
	if (fd < 0)
		return 0;
	DIR *d = fdopendir(fd);
	if (!d)
		__builtin_syscall(SYS_close, fd);
	return d;
}

struct dirent *readdir(DIR *d)
{
	if (d->pos >= d->len) {
		long n = __mica_syscall(SYS_getdents64, d->fd, d->buf, (long)DIR_BUF);
		if (n <= 0)
			return 0;
		d->len = (size_t)n;
		d->pos = 0;
	}
	unsigned char *rec = d->buf + d->pos;
	/* linux_dirent64: u64 ino, s64 off, u16 reclen, u8 type, name */
	uint64_t ino;
	int64_t off;
	unsigned short reclen;
	memcpy(&ino, rec, 8);
	memcpy(&off, rec + 8, 8);
	memcpy(&reclen, rec + 16, 2);
	d->entry.d_ino = (ino_t)ino;
	d->entry.d_off = (off_t)off;
	d->entry.d_reclen = reclen;
	d->entry.d_type = rec[18];
	size_t namelen = strnlen((const char *)rec + 19, reclen > 19 ? reclen - 19u : 0u);
	if (namelen > 255)
		namelen = 255;
	memcpy(d->entry.d_name, rec + 19, namelen);
	d->entry.d_name[namelen] = 0;
	d->pos += reclen;
	return &d->entry;
}

int closedir(DIR *d)
{
	long r = __mica_syscall(SYS_close, d->fd);
	free(d);
	return (int)r;
}

void rewinddir(DIR *d)
{
	__builtin_syscall(SYS_lseek, d->fd, 0L, 0L);
	d->pos = d->len = 0;
}

int dirfd(DIR *d)
{
	return d->fd;
}
