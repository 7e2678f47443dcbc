/* POSIX system call wrappers. */
#include <unistd.h>
#include <fcntl.h>
#include <errno.h>
#include <string.h>
#include <stdlib.h>
#include <stdio.h>
#include <time.h>
#include <sys/stat.h>
#include <sys/mman.h>
#include <sys/time.h>
#include <sys/ioctl.h>
#include <sys/wait.h>
#include <signal.h>
#include "internal.h"

ssize_t read(int fd, void *buf, size_t n) { return __mica_syscall(SYS_read, fd, buf, n); }
ssize_t write(int fd, const void *buf, size_t n) { return __mica_syscall(SYS_write, fd, buf, n); }
#ifdef SYS_pread64
ssize_t pread(int fd, void *buf, size_t n, off_t off) { return __mica_syscall(SYS_pread64, fd, buf, n, off); }
ssize_t pwrite(int fd, const void *buf, size_t n, off_t off) { return __mica_syscall(SYS_pwrite64, fd, buf, n, off); }
#endif

int openat(int dirfd, const char *path, int flags, ...)
{
	int mode = 0;
	if (flags & O_CREAT || (flags & O_TMPFILE) == O_TMPFILE) {
		__builtin_va_list ap;
		__builtin_va_start(ap, flags);
		mode = __builtin_va_arg(ap, int);
		__builtin_va_end(ap);
	}
	return (int)__mica_syscall(SYS_openat, dirfd, path, flags, mode);
}

int open(const char *path, int flags, ...)
{
	int mode = 0;
	if (flags & O_CREAT || (flags & O_TMPFILE) == O_TMPFILE) {
		__builtin_va_list ap;
		__builtin_va_start(ap, flags);
		mode = __builtin_va_arg(ap, int);
		__builtin_va_end(ap);
	}
	return (int)__mica_syscall(SYS_openat, AT_FDCWD, path, flags, mode);
}

int creat(const char *path, mode_t mode) { return open(path, O_WRONLY | O_CREAT | O_TRUNC, mode); }

int close(int fd)
{
	long r = __builtin_syscall(SYS_close, fd);
	if (r == -EINTR)
		r = 0;
	return (int)__mica_sysret(r);
}

off_t lseek(int fd, off_t off, int whence)
{
#ifdef SYS__llseek
	long long res;
	long r = __builtin_syscall(SYS__llseek, fd, (long)((unsigned long long)off >> 32), (long)off, &res, whence);
	return r < 0 ? (off_t)__mica_sysret(r) : (off_t)res;
#else
	return (off_t)__mica_syscall(SYS_lseek, fd, off, whence);
#endif
}

int fcntl(int fd, int cmd, ...)
{
	long arg;
	__builtin_va_list ap;
	__builtin_va_start(ap, cmd);
	arg = __builtin_va_arg(ap, long);
	__builtin_va_end(ap);
	return (int)__mica_syscall(SYS_fcntl, fd, cmd, arg);
}

int ioctl(int fd, unsigned long req, ...)
{
	void *arg;
	__builtin_va_list ap;
	__builtin_va_start(ap, req);
	arg = __builtin_va_arg(ap, void *);
	__builtin_va_end(ap);
	return (int)__mica_syscall(SYS_ioctl, fd, req, arg);
}

int unlink(const char *path) { return (int)__mica_syscall(SYS_unlinkat, AT_FDCWD, path, 0); }
int rmdir(const char *path) { return (int)__mica_syscall(SYS_unlinkat, AT_FDCWD, path, AT_REMOVEDIR); }
int link(const char *a, const char *b) { return (int)__mica_syscall(SYS_linkat, AT_FDCWD, a, AT_FDCWD, b, 0); }
int symlink(const char *a, const char *b) { return (int)__mica_syscall(SYS_symlinkat, a, AT_FDCWD, b); }
ssize_t readlink(const char *restrict p, char *restrict buf, size_t n)
{
	return __mica_syscall(SYS_readlinkat, AT_FDCWD, p, buf, n);
}
int mkdir(const char *path, mode_t mode) { return (int)__mica_syscall(SYS_mkdirat, AT_FDCWD, path, mode); }
int chmod(const char *path, mode_t mode) { return (int)__mica_syscall(SYS_fchmodat, AT_FDCWD, path, mode); }
int fchmod(int fd, mode_t mode) { return (int)__mica_syscall(SYS_fchmod, fd, mode); }
mode_t umask(mode_t m) { return (mode_t)__builtin_syscall(SYS_umask, m); }
int mkfifo(const char *path, mode_t mode) { return (int)__mica_syscall(SYS_mknodat, AT_FDCWD, path, mode | S_IFIFO, 0); }
int access(const char *path, int mode) { return (int)__mica_syscall(SYS_faccessat, AT_FDCWD, path, mode); }
int chdir(const char *path) { return (int)__mica_syscall(SYS_chdir, path); }
int dup(int fd) { return (int)__mica_syscall(SYS_dup, fd); }
int dup2(int a, int b)
{
	if (a == b) {
		long r = __builtin_syscall(SYS_fcntl, a, F_GETFD);
		return r < 0 ? (int)__mica_sysret(r) : a;
	}
	return (int)__mica_syscall(SYS_dup3, a, b, 0);
}
int pipe(int fds[2]) { return (int)__mica_syscall(SYS_pipe2, fds, 0); }
int fsync(int fd) { return (int)__mica_syscall(SYS_fsync, fd); }
int ftruncate(int fd, off_t len) { return (int)__mica_syscall(SYS_ftruncate, fd, len); }
int truncate(const char *p, off_t len) { return (int)__mica_syscall(SYS_truncate, p, len); }

pid_t getpid(void) { return (pid_t)__builtin_syscall(SYS_getpid); }
pid_t getppid(void) { return (pid_t)__builtin_syscall(SYS_getppid); }
uid_t getuid(void) { return (uid_t)__builtin_syscall(SYS_getuid); }
uid_t geteuid(void) { return (uid_t)__builtin_syscall(SYS_geteuid); }
gid_t getgid(void) { return (gid_t)__builtin_syscall(SYS_getgid); }
gid_t getegid(void) { return (gid_t)__builtin_syscall(SYS_getegid); }

int isatty(int fd)
{
	return __mica_isatty(fd);
}

int mkstemp(char *t)
{
	return __mica_mkstemp(t);
}


int stat(const char *restrict path, struct stat *restrict st)
{
	return (int)__mica_syscall(__MICA_SYS_FSTATAT, AT_FDCWD, path, st, 0);
}

int lstat(const char *restrict path, struct stat *restrict st)
{
	return (int)__mica_syscall(__MICA_SYS_FSTATAT, AT_FDCWD, path, st, AT_SYMLINK_NOFOLLOW);
}

int fstatat(int dirfd, const char *restrict path, struct stat *restrict st, int flags)
{
	return (int)__mica_syscall(__MICA_SYS_FSTATAT, dirfd, path, st, flags);
}

int fstat(int fd, struct stat *st)
{
	return (int)__mica_syscall(__MICA_SYS_FSTAT, fd, st);
}

void *mmap(void *addr, size_t len, int prot, int flags, int fd, off_t off)
{
	long r;
#ifdef SYS_mmap2
	r = __builtin_syscall(SYS_mmap2, addr, len, prot, flags, fd, (long)(off >> 12));
#else
	r = __builtin_syscall(SYS_mmap, addr, len, prot, flags, fd, off);
#endif
	if (r < 0 && r > -4096) {
		errno = (int)-r;
		return MAP_FAILED;
	}
	return (void *)r;
}

int munmap(void *addr, size_t len) { return (int)__mica_syscall(SYS_munmap, addr, len); }
int mprotect(void *addr, size_t len, int prot) { return (int)__mica_syscall(SYS_mprotect, addr, len, prot); }
int msync(void *addr, size_t len, int fl) { return (int)__mica_syscall(SYS_msync, addr, len, fl); }
int madvise(void *addr, size_t len, int adv) { return (int)__mica_syscall(SYS_madvise, addr, len, adv); }

void *mremap(void *old, size_t oldlen, size_t newlen, int flags, ...)
{
	void *newaddr = 0;
	long r;
	if (flags & MREMAP_FIXED) {
		__builtin_va_list ap;
		__builtin_va_start(ap, flags);
		newaddr = __builtin_va_arg(ap, void *);
		__builtin_va_end(ap);
	}
	r = __builtin_syscall(SYS_mremap, old, oldlen, newlen, flags, newaddr);
	if (r < 0 && r > -4096) {
		errno = (int)-r;
		return MAP_FAILED;
	}
	return (void *)r;
}

char *getcwd(char *buf, size_t size)
{
	char tmp[4096];
	long r;
	if (!buf) {
		r = __mica_syscall(SYS_getcwd, tmp, sizeof tmp);
		if (r < 0)
			return 0;
		return strdup(tmp);
	}
	if (size == 0) {
		errno = EINVAL;
		return 0;
	}
	r = __mica_syscall(SYS_getcwd, buf, size);
	return r < 0 ? 0 : buf;
}

int nanosleep(const struct timespec *req, struct timespec *rem)
{
	return (int)__mica_syscall(SYS_nanosleep, req, rem);
}

unsigned int sleep(unsigned int s)
{
	struct timespec ts;
	ts.tv_sec = s;
	ts.tv_nsec = 0;
	if (nanosleep(&ts, &ts) == 0)
		return 0;
	return (unsigned int)ts.tv_sec + (ts.tv_nsec > 0);
}

int usleep(useconds_t us)
{
	struct timespec ts;
	ts.tv_sec = us / 1000000;
	ts.tv_nsec = (long)(us % 1000000) * 1000;
	return nanosleep(&ts, 0);
}

int gettimeofday(struct timeval *restrict tv, void *restrict tz)
{
	struct timespec ts;
	(void)tz;
	if (!tv)
		return 0;
	if (clock_gettime(CLOCK_REALTIME, &ts))
		return -1;
	tv->tv_sec = ts.tv_sec;
	tv->tv_usec = (suseconds_t)(ts.tv_nsec / 1000);
	return 0;
}

int settimeofday(const struct timeval *tv, const struct timezone *tz)
{
	struct timespec ts;
	(void)tz;
	ts.tv_sec = tv->tv_sec;
	ts.tv_nsec = tv->tv_usec * 1000;
	return clock_settime(CLOCK_REALTIME, &ts);
}

unsigned int alarm(unsigned int s)
{
	long it[4] = {0, 0, (long)s, 0}, old[4] = {0, 0, 0, 0};
	__builtin_syscall(SYS_setitimer, 0, it, old);
	return (unsigned int)(old[2] + (old[3] ? 1 : 0));
}

int pause(void)
{
	sigset_t set;
	sigprocmask(SIG_BLOCK, 0, &set);
	return sigsuspend(&set);
}

int getpagesize(void) { return (int)__mica_pagesize; }

long sysconf(int name)
{
	switch (name) {
	case _SC_PAGESIZE:
		return (long)__mica_pagesize;
	case _SC_CLK_TCK:
		return 100;
	case _SC_OPEN_MAX: {
		uint64_t lim[2];
		if (__builtin_syscall(SYS_prlimit64, 0, 7, 0, lim) == 0)
			return (long)lim[0];
		return 1024;
	}
	case _SC_NPROCESSORS_ONLN: {
		unsigned char set[128];
		long r = __builtin_syscall(SYS_sched_getaffinity, 0, sizeof set, set), i, n = 0;
		if (r <= 0)
			return 1;
		for (i = 0; i < r; i++) {
			unsigned v = set[i];
			while (v) {
				n += v & 1;
				v >>= 1;
			}
		}
		return n ? n : 1;
	}
	}
	errno = EINVAL;
	return -1;
}

int gethostname(char *name, size_t len)
{
	struct { char s[6][65]; } u;
	size_t l;
	if (__mica_syscall(SYS_uname, &u) < 0)
		return -1;
	l = strlen(u.s[1]);
	if (l >= len) {
		errno = ENAMETOOLONG;
		return -1;
	}
	memcpy(name, u.s[1], l + 1);
	return 0;
}

pid_t fork(void)
{
	fflush(0);
	return (pid_t)__mica_syscall(SYS_clone, SIGCHLD, 0, 0, 0, 0);
}

int execve(const char *path, char *const argv[], char *const envp[])
{
	return (int)__mica_syscall(SYS_execve, path, argv, envp);
}

int execv(const char *path, char *const argv[])
{
	return execve(path, argv, environ);
}

int execvp(const char *file, char *const argv[])
{
	const char *path = getenv("PATH"), *p;
	char buf[4096];
	if (strchr(file, '/'))
		return execve(file, argv, environ);
	if (!path)
		path = "/usr/local/bin:/bin:/usr/bin";
	for (p = path;; ) {
		const char *e = strchr(p, ':');
		size_t l = e ? (size_t)(e - p) : strlen(p);
		if (l + strlen(file) + 2 <= sizeof buf) {
			memcpy(buf, p, l);
			if (l)
				buf[l++] = '/';
			strcpy(buf + l, file);
			execve(buf, argv, environ);
		}
		if (!e)
			break;
		p = e + 1;
	}
	return -1;
}

int __mica_fill_template(char *t, size_t suffix);

char *mkdtemp(char *t)
{
	int tries;
	for (tries = 0; tries < 100; tries++) {
		if (__mica_fill_template(t, 0))
			return 0;
		if (mkdir(t, 0700) == 0)
			return t;
		if (errno != EEXIST)
			return 0;
	}
	return 0;
}

char *realpath(const char *restrict path, char *restrict resolved)
{
	char proc[40], tmp[4096];
	long fd, n;
	if (!path) {
		errno = EINVAL;
		return 0;
	}
	fd = __mica_syscall(SYS_openat, AT_FDCWD, path, O_PATH | O_CLOEXEC, 0);
	if (fd < 0)
		return 0;
	snprintf(proc, sizeof proc, "/proc/self/fd/%ld", fd);
	n = __mica_syscall(SYS_readlinkat, AT_FDCWD, proc, tmp, sizeof tmp - 1);
	__builtin_syscall(SYS_close, fd);
	if (n < 0)
		return 0;
	tmp[n] = 0;
	if (!resolved)
		return strdup(tmp);
	memcpy(resolved, tmp, (size_t)n + 1);
	return resolved;
}

pid_t waitpid(pid_t pid, int *status, int options)
{
	return (pid_t)__mica_syscall(SYS_wait4, pid, status, options, 0);
}

pid_t wait(int *status)
{
	return waitpid(-1, status, 0);
}
