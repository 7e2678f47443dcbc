/* inotify: file system events, straight system calls. */
#include <sys/inotify.h>
#include <unistd.h>

#include "internal.h"

int inotify_init1(int flags)
{
	return (int)__mica_syscall(SYS_inotify_init1, flags);
}

int inotify_init(void)
{
	return inotify_init1(0);
}

int inotify_add_watch(int fd, const char *path, uint32_t mask)
{
	return (int)__mica_syscall(SYS_inotify_add_watch, fd, path, (long)mask);
}

int inotify_rm_watch(int fd, int wd)
{
	return (int)__mica_syscall(SYS_inotify_rm_watch, fd, wd);
}
