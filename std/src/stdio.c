/* stdio: FILE streams with buffering. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>
#include <fcntl.h>
#include <unistd.h>
#include "internal.h"

static unsigned char stdin_mem[__MICA_UNGET + BUFSIZ];
static unsigned char stdout_mem[__MICA_UNGET + BUFSIZ];

static struct __mica_FILE f_stdin, f_stdout, f_stderr;

static struct __mica_FILE f_stdin = {
	0, F_READ | F_STATIC, _IOFBF, stdin_mem, stdin_mem + __MICA_UNGET, BUFSIZ,
	0, 0, 0, 0, 0, 0, &f_stdout, {0}
};
static struct __mica_FILE f_stdout = {
	1, F_WRITE | F_STATIC, -1, stdout_mem, stdout_mem + __MICA_UNGET, BUFSIZ,
	0, 0, 0, 0, 0, &f_stdin, &f_stderr, {0}
};
static struct __mica_FILE f_stderr = {
	2, F_WRITE | F_STATIC, _IONBF, 0, 0, 0,
	0, 0, 0, 0, 0, &f_stdout, 0, {0}
};

FILE *stdin = &f_stdin;
FILE *stdout = &f_stdout;
FILE *stderr = &f_stderr;

static FILE *file_list = &f_stdin;

void __mica_file_link(FILE *f)
{
	f->prev = 0;
	f->next = file_list;
	if (file_list)
		file_list->prev = f;
	file_list = f;
}

static void file_unlink(FILE *f)
{
	if (f->prev)
		f->prev->next = f->next;
	else if (file_list == f)
		file_list = f->next;
	if (f->next)
		f->next->prev = f->prev;
	f->prev = f->next = 0;
}

/* make sure f has a buffer matching its mode */
static void setup_buf(FILE *f)
{
	if (f->bufmode < 0) {
		int e = errno;
		f->bufmode = __mica_isatty(f->fd) ? _IOLBF : _IOFBF;
		errno = e;
	}
	if (f->buf)
		return;
	if (f->bufmode != _IONBF) {
		unsigned char *m = malloc(__MICA_UNGET + BUFSIZ);
		if (m) {
			f->base = m;
			f->buf = m + __MICA_UNGET;
			f->bufsize = BUFSIZ;
			f->flags |= F_MYBUF;
			return;
		}
		f->bufmode = _IONBF;
	}
	f->base = f->tiny;
	f->buf = f->tiny + __MICA_UNGET;
	f->bufsize = 1;
}

static int write_all(FILE *f, const unsigned char *p, size_t n)
{
	while (n) {
		long r;
		if (f->flags & F_STR) {
			f->flags |= F_ERR;
			return -1;
		}
		r = __builtin_syscall(SYS_write, f->fd, p, n);
		if (r == -EINTR)
			continue;
		if (r < 0) {
			errno = (int)-r;
			f->flags |= F_ERR;
			return -1;
		}
		p += r;
		n -= (size_t)r;
	}
	return 0;
}

int __mica_fflush_unlocked(FILE *f)
{
	if (f->flags & F_STR)
		return 0;
	if (f->wpos > f->wbase) {
		unsigned char *b = f->wbase;
		size_t n = (size_t)(f->wpos - b);
		f->wpos = b;
		if (write_all(f, b, n))
			return EOF;
	}
	return 0;
}

int __mica_towrite(FILE *f)
{
	if (f->wend)
		return 0;
	if (!(f->flags & F_WRITE)) {
		f->flags |= F_ERR;
		errno = EBADF;
		return -1;
	}
	if (f->rpos) {
		/* switching from reading: give back what was read ahead */
		if (f->rpos < f->rend && !(f->flags & F_STR))
			__builtin_syscall(SYS_lseek, f->fd, -(long)(f->rend - f->rpos), SEEK_CUR);
		f->rpos = f->rend = 0;
	}
	setup_buf(f);
	f->wbase = f->wpos = f->buf;
	f->wend = f->buf + (f->bufmode == _IONBF ? 0 : f->bufsize);
	if (f->wend == f->wbase)
		f->wend = f->wbase + 0; /* unbuffered: every write goes straight out */
	return 0;
}

int __mica_toread(FILE *f)
{
	if (f->rpos)
		return 0;
	if (!(f->flags & F_READ)) {
		f->flags |= F_ERR;
		errno = EBADF;
		return -1;
	}
	if (f->wend) {
		if (__mica_fflush_unlocked(f))
			return -1;
		f->wbase = f->wpos = f->wend = 0;
	}
	setup_buf(f);
	f->rpos = f->rend = f->buf;
	return 0;
}

/* fully buffered write of n bytes (the stream is in write mode) */
static size_t buffered_write(FILE *f, const unsigned char *p, size_t n)
{
	size_t room = (size_t)(f->wend - f->wpos);
	if (n <= room) {
		memcpy(f->wpos, p, n);
		f->wpos += n;
		return n;
	}
	if (__mica_fflush_unlocked(f))
		return 0;
	if (n >= f->bufsize || f->bufmode == _IONBF) {
		if (write_all(f, p, n))
			return 0;
		return n;
	}
	memcpy(f->wpos, p, n);
	f->wpos += n;
	return n;
}

size_t __mica_fwrite(const void *data, size_t n, FILE *f)
{
	const unsigned char *p = data;
	size_t room, done = 0;
	if (!n)
		return 0;
	if (__mica_towrite(f))
		return 0;
	room = (size_t)(f->wend - f->wpos);
	if (f->flags & F_STR) {
		/* fmemopen buffer: keep it NUL-terminated, fail when full */
		size_t k = n < room ? n : room;
		memcpy(f->wpos, p, k);
		f->wpos += k;
		*f->wpos = 0;
		if (k < n) {
			f->flags |= F_ERR;
			errno = ENOSPC;
		}
		return k;
	}
	if (f->bufmode == _IOLBF) {
		/* line buffered: everything up to the last newline goes out now,
		   the rest stays in the buffer (as glibc does) */
		const unsigned char *nl = memrchr(p, '\n', n);
		if (nl) {
			size_t k = (size_t)(nl - p) + 1;
			if (buffered_write(f, p, k) != k || __mica_fflush_unlocked(f))
				return 0;
			p += k;
			n -= k;
			done = k;
			if (!n)
				return done;
		}
	}
	if (buffered_write(f, p, n) != n)
		return done;
	return done + n;
}

int __mica_refill(FILE *f)
{
	long r;
	if (__mica_toread(f))
		return EOF;
	if (f->rpos < f->rend)
		return 0;
	if (f->flags & (F_EOF | F_STR)) {
		f->flags |= F_EOF;
		return EOF;
	}
	/* reading may wait for the user: show pending line-buffered output */
	if (f != &f_stdout && f_stdout.bufmode == _IOLBF)
		__mica_fflush_unlocked(&f_stdout);
	do
		r = __builtin_syscall(SYS_read, f->fd, f->buf, f->bufsize);
	while (r == -EINTR);
	if (r <= 0) {
		if (r < 0) {
			errno = (int)-r;
			f->flags |= F_ERR;
		} else {
			f->flags |= F_EOF;
		}
		f->rpos = f->rend = f->buf;
		return EOF;
	}
	f->rpos = f->buf;
	f->rend = f->buf + r;
	return 0;
}

int __mica_getc(FILE *f)
{
	if (f->rpos && f->rpos < f->rend)
		return *f->rpos++;
	if (__mica_refill(f))
		return EOF;
	return *f->rpos++;
}

int fgetc(FILE *f) { return __mica_getc(f); }
int getc(FILE *f) { return __mica_getc(f); }
int getchar(void) { return __mica_getc(stdin); }
int getc_unlocked(FILE *f) { return __mica_getc(f); }
int getchar_unlocked(void) { return __mica_getc(stdin); }

int fputc(int c, FILE *f)
{
	unsigned char ch = (unsigned char)c;
	if (f->wpos && f->wpos < f->wend && (ch != '\n' || f->bufmode != _IOLBF)) {
		*f->wpos++ = ch;
		return ch;
	}
	return __mica_fwrite(&ch, 1, f) == 1 ? ch : EOF;
}

int putc(int c, FILE *f) { return fputc(c, f); }
int putchar(int c) { return fputc(c, stdout); }
int putc_unlocked(int c, FILE *f) { return fputc(c, f); }
int putchar_unlocked(int c) { return fputc(c, stdout); }

int fputs(const char *restrict s, FILE *restrict f)
{
	size_t n = strlen(s);
	return __mica_fwrite(s, n, f) == n ? 1 : EOF;
}

int puts(const char *s)
{
	size_t n = strlen(s);
	if (__mica_fwrite(s, n, stdout) != n && n)
		return EOF;
	return fputc('\n', stdout) == EOF ? EOF : 1;
}

size_t fwrite(const void *restrict p, size_t size, size_t n, FILE *restrict f)
{
	size_t total, done;
	if (!size || !n)
		return 0;
	total = size * n;
	done = __mica_fwrite(p, total, f);
	return done == total ? n : done / size;
}

size_t fread(void *restrict p, size_t size, size_t n, FILE *restrict f)
{
	unsigned char *d = p;
	size_t want, got = 0;
	if (!size || !n)
		return 0;
	want = size * n;
	if (__mica_toread(f))
		return 0;
	while (got < want) {
		size_t avail = (size_t)(f->rend - f->rpos);
		if (avail) {
			size_t k = avail < want - got ? avail : want - got;
			memcpy(d + got, f->rpos, k);
			f->rpos += k;
			got += k;
			continue;
		}
		if (f->flags & (F_EOF | F_STR)) {
			f->flags |= F_EOF;
			break;
		}
		if (want - got >= f->bufsize) {
			long r;
			if (f != &f_stdout && f_stdout.bufmode == _IOLBF)
				__mica_fflush_unlocked(&f_stdout);
			r = __builtin_syscall(SYS_read, f->fd, d + got, want - got);
			if (r == -EINTR)
				continue;
			if (r <= 0) {
				if (r < 0) {
					errno = (int)-r;
					f->flags |= F_ERR;
				} else
					f->flags |= F_EOF;
				break;
			}
			got += (size_t)r;
			continue;
		}
		if (__mica_refill(f))
			break;
	}
	return got / size;
}

char *fgets(char *restrict s, int n, FILE *restrict f)
{
	int i = 0;
	if (n <= 0)
		return 0;
	while (i < n - 1) {
		int c = __mica_getc(f);
		if (c == EOF)
			break;
		s[i++] = (char)c;
		if (c == '\n')
			break;
	}
	if (i == 0 && n > 1)
		return 0;
	s[i] = 0;
	return s;
}

ssize_t getdelim(char **restrict line, size_t *restrict cap, int delim, FILE *restrict f)
{
	size_t n = 0;
	if (!line || !cap) {
		errno = EINVAL;
		return -1;
	}
	if (!*line)
		*cap = 0;
	for (;;) {
		int c = __mica_getc(f);
		if (n + 2 > *cap) {
			size_t nc = *cap < 64 ? 128 : *cap * 2;
			char *nl = realloc(*line, nc);
			if (!nl)
				return -1;
			*line = nl;
			*cap = nc;
		}
		if (c == EOF) {
			if (n == 0)
				return -1;
			break;
		}
		(*line)[n++] = (char)c;
		if (c == delim)
			break;
	}
	(*line)[n] = 0;
	return (ssize_t)n;
}

ssize_t getline(char **restrict line, size_t *restrict cap, FILE *restrict f)
{
	return getdelim(line, cap, '\n', f);
}

int ungetc(int c, FILE *f)
{
	if (c == EOF)
		return EOF;
	if (!f->rpos && __mica_toread(f))
		return EOF;
	if (f->rpos > f->buf && f->rpos[-1] == (unsigned char)c && (f->flags & F_STR)) {
		f->rpos--;
	} else {
		if (f->rpos <= f->base || (f->flags & F_STR))
			return EOF;
		*--f->rpos = (unsigned char)c;
	}
	f->flags &= ~F_EOF;
	return (unsigned char)c;
}

int fflush(FILE *f)
{
	int r = 0;
	if (!f) {
		for (f = file_list; f; f = f->next)
			if (f->wpos > f->wbase && __mica_fflush_unlocked(f))
				r = EOF;
		return r;
	}
	if (f->wend)
		return __mica_fflush_unlocked(f);
	if (f->rpos && f->rpos < f->rend && !(f->flags & F_STR)) {
		/* input stream: discard the read-ahead, repositioning the file */
		__builtin_syscall(SYS_lseek, f->fd, -(long)(f->rend - f->rpos), SEEK_CUR);
		f->rpos = f->rend = f->buf;
	}
	return 0;
}

void __mica_stdio_exit(void)
{
	fflush(0);
}

int __mica_parse_mode(const char *mode, int *fflags)
{
	int o, plus = strchr(mode, '+') != 0;
	switch (*mode) {
	case 'r':
		o = plus ? O_RDWR : O_RDONLY;
		*fflags = plus ? F_READ | F_WRITE : F_READ;
		break;
	case 'w':
		o = (plus ? O_RDWR : O_WRONLY) | O_CREAT | O_TRUNC;
		*fflags = plus ? F_READ | F_WRITE : F_WRITE;
		break;
	case 'a':
		o = (plus ? O_RDWR : O_WRONLY) | O_CREAT | O_APPEND;
		*fflags = (plus ? F_READ | F_WRITE : F_WRITE) | F_APPEND;
		break;
	default:
		errno = EINVAL;
		return -1;
	}
	if (strchr(mode, 'x'))
		o |= O_EXCL;
	if (strchr(mode, 'e'))
		o |= O_CLOEXEC;
	return o;
}

static FILE *file_new(int fd, int fflags)
{
	FILE *f = calloc(1, sizeof *f);
	if (!f)
		return 0;
	f->fd = fd;
	f->flags = fflags;
	f->bufmode = -1;
	__mica_file_link(f);
	return f;
}

FILE *fopen(const char *restrict path, const char *restrict mode)
{
	int fflags, o = __mica_parse_mode(mode, &fflags), fd;
	FILE *f;
	if (o < 0)
		return 0;
	fd = (int)__mica_syscall(SYS_openat, AT_FDCWD, path, o, 0666);
	if (fd < 0)
		return 0;
	f = file_new(fd, fflags);
	if (!f)
		__builtin_syscall(SYS_close, fd);
	return f;
}

FILE *fdopen(int fd, const char *mode)
{
	int fflags;
	if (__mica_parse_mode(mode, &fflags) < 0)
		return 0;
	if (fflags & F_APPEND)
		__builtin_syscall(SYS_fcntl, fd, F_SETFL, __builtin_syscall(SYS_fcntl, fd, F_GETFL) | O_APPEND);
	return file_new(fd, fflags);
}

static void drop_buffers(FILE *f)
{
	if (f->flags & F_MYBUF)
		free(f->base);
	f->flags &= ~F_MYBUF;
	f->base = f->buf = 0;
	f->bufsize = 0;
	f->rpos = f->rend = f->wbase = f->wpos = f->wend = 0;
}

int fclose(FILE *f)
{
	int r = fflush(f);
	if (!(f->flags & F_STR)) {
		long c = __builtin_syscall(SYS_close, f->fd);
		if (c < 0 && c != -EINTR) {
			errno = (int)-c;
			r = EOF;
		}
	}
	file_unlink(f);
	drop_buffers(f);
	if (!(f->flags & F_STATIC))
		free(f);
	else
		f->flags = F_STATIC; /* a closed standard stream */
	return r;
}

FILE *freopen(const char *restrict path, const char *restrict mode, FILE *restrict f)
{
	int fflags, o = __mica_parse_mode(mode, &fflags), fd;
	fflush(f);
	if (o < 0)
		goto fail;
	if (!path) {
		int fl = (int)__builtin_syscall(SYS_fcntl, f->fd, F_GETFL);
		if (fl < 0)
			goto fail;
		__builtin_syscall(SYS_fcntl, f->fd, F_SETFL, (o & O_APPEND) | (fl & ~O_APPEND));
		fd = f->fd;
	} else {
		if (!(f->flags & F_STR))
			__builtin_syscall(SYS_close, f->fd);
		fd = (int)__mica_syscall(SYS_openat, AT_FDCWD, path, o, 0666);
		if (fd < 0)
			goto fail;
	}
	drop_buffers(f);
	f->fd = fd;
	f->flags = fflags | (f->flags & F_STATIC);
	f->bufmode = f == stderr ? _IONBF : -1;
	if (!f->prev && !f->next && file_list != f)
		__mica_file_link(f);
	return f;
fail:
	fclose(f);
	return 0;
}

int setvbuf(FILE *restrict f, char *restrict buf, int mode, size_t size)
{
	if (mode != _IOFBF && mode != _IOLBF && mode != _IONBF)
		return -1;
	if (f->rpos || f->wend)
		__mica_fflush_unlocked(f);
	drop_buffers(f);
	f->bufmode = mode;
	if (mode != _IONBF && buf && size > 2 * __MICA_UNGET) {
		f->base = (unsigned char *)buf;
		f->buf = f->base + __MICA_UNGET;
		f->bufsize = size - __MICA_UNGET;
	}
	return 0;
}

void setbuf(FILE *restrict f, char *restrict buf)
{
	setvbuf(f, buf, buf ? _IOFBF : _IONBF, BUFSIZ);
}

int fseeko(FILE *f, off_t off, int whence)
{
	long r;
	if (whence != SEEK_SET && whence != SEEK_CUR && whence != SEEK_END) {
		errno = EINVAL;
		return -1;
	}
	if (f->wend && __mica_fflush_unlocked(f))
		return -1;
	if (whence == SEEK_CUR && f->rpos)
		off -= f->rend - f->rpos;
	if (f->flags & F_STR) {
		errno = ESPIPE;
		return -1;
	}
	r = __mica_syscall(SYS_lseek, f->fd, off, whence);
	if (r < 0)
		return -1;
	f->rpos = f->rend = 0;
	f->wbase = f->wpos = f->wend = 0;
	f->flags &= ~F_EOF;
	return 0;
}

int fseek(FILE *f, long off, int whence)
{
	return fseeko(f, off, whence);
}

off_t ftello(FILE *f)
{
	long pos;
	if (f->flags & F_STR) {
		errno = ESPIPE;
		return -1;
	}
	if ((f->flags & F_APPEND) && f->wpos > f->wbase)
		__mica_fflush_unlocked(f);
	pos = __mica_syscall(SYS_lseek, f->fd, 0, SEEK_CUR);
	if (pos < 0)
		return -1;
	if (f->rpos)
		pos -= f->rend - f->rpos;
	if (f->wend)
		pos += f->wpos - f->wbase;
	return pos;
}

long ftell(FILE *f)
{
	return (long)ftello(f);
}

void rewind(FILE *f)
{
	fseek(f, 0, SEEK_SET);
	f->flags &= ~F_ERR;
}

int fgetpos(FILE *restrict f, fpos_t *restrict pos)
{
	off_t p = ftello(f);
	if (p < 0)
		return -1;
	pos->__pos = p;
	return 0;
}

int fsetpos(FILE *f, const fpos_t *pos)
{
	return fseeko(f, pos->__pos, SEEK_SET);
}

int feof(FILE *f) { return !!(f->flags & F_EOF); }
int ferror(FILE *f) { return !!(f->flags & F_ERR); }
void clearerr(FILE *f) { f->flags &= ~(F_EOF | F_ERR); }
int fileno(FILE *f)
{
	if (f->flags & F_STR) {
		errno = EBADF;
		return -1;
	}
	return f->fd;
}
void flockfile(FILE *f) { (void)f; }
void funlockfile(FILE *f) { (void)f; }
int ftrylockfile(FILE *f) { (void)f; return 0; }

int remove(const char *path)
{
	long r = __builtin_syscall(SYS_unlinkat, AT_FDCWD, path, 0);
	if (r == -EISDIR)
		r = __builtin_syscall(SYS_unlinkat, AT_FDCWD, path, AT_REMOVEDIR);
	return (int)__mica_sysret(r);
}

int rename(const char *old, const char *new)
{
#ifdef SYS_renameat
	return (int)__mica_syscall(SYS_renameat, AT_FDCWD, old, AT_FDCWD, new);
#else
	return (int)__mica_syscall(SYS_renameat2, AT_FDCWD, old, AT_FDCWD, new, 0);
#endif
}

char *tmpnam(char *buf)
{
	static char internal[L_tmpnam];
	static unsigned counter;
	char *s = buf ? buf : internal;
	int tries;
	for (tries = 0; tries < 1000; tries++) {
		unsigned long v = (unsigned long)__builtin_syscall(SYS_getpid) * 7919u + counter++ * 104729u;
		snprintf(s, L_tmpnam, "/tmp/tmp%06lx", v & 0xffffff);
		if (__builtin_syscall(SYS_faccessat, AT_FDCWD, s, F_OK) != 0)
			return s;
	}
	return 0;
}

FILE *tmpfile(void)
{
	int fd;
	FILE *f;
#ifdef O_TMPFILE
	fd = (int)__builtin_syscall(SYS_openat, AT_FDCWD, "/tmp", O_TMPFILE | O_RDWR, 0600);
	if (fd < 0)
#endif
	{
		char name[32];
		strcpy(name, "/tmp/tmpfXXXXXX");
		fd = __mica_mkstemp(name);
		if (fd < 0)
			return 0;
		__builtin_syscall(SYS_unlinkat, AT_FDCWD, name, 0);
	}
	f = file_new(fd, F_READ | F_WRITE);
	if (!f)
		__builtin_syscall(SYS_close, fd);
	return f;
}

void perror(const char *s)
{
	const char *m = strerror(errno);
	if (s && *s) {
		fputs(s, stderr);
		fputs(": ", stderr);
	}
	fputs(m, stderr);
	fputc('\n', stderr);
}

FILE *fmemopen(void *restrict buf, size_t size, const char *restrict mode)
{
	int fflags;
	FILE *f;
	if (__mica_parse_mode(mode, &fflags) < 0)
		return 0;
	if (!buf || !size) {
		errno = EINVAL;
		return 0;
	}
	f = calloc(1, sizeof *f);
	if (!f)
		return 0;
	f->fd = -1;
	f->bufmode = _IOFBF;
	f->base = f->buf = buf;
	f->bufsize = size;
	if (*mode == 'r' && !(fflags & F_WRITE)) {
		f->flags = F_READ | F_STR;
		f->rpos = f->buf;
		f->rend = f->buf + size;
	} else {
		size_t start = 0;
		f->flags = F_WRITE | F_STR;
		if (*mode == 'a')
			start = strnlen(buf, size);
		else if (*mode == 'w')
			*(char *)buf = 0;
		if (start >= size)
			start = size - 1;
		f->wbase = f->buf;
		f->wpos = f->buf + start;
		f->wend = f->buf + size - 1;
	}
	__mica_file_link(f);
	return f;
}
