/* Internal declarations shared by std/src (not installed). */
#ifndef MICA_STD_INTERNAL_H
#define MICA_STD_INTERNAL_H
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <time.h>
#include <bits/syscall.h>

/* convert a raw kernel result (-errno on failure) into -1 with errno set */
long __mica_sysret(long r);
#define __mica_syscall(...) __mica_sysret(__builtin_syscall(__VA_ARGS__))

/* anonymous mappings at offset 0: mmap2 (page offsets) where it exists */
#ifdef SYS_mmap2
#define __MICA_SYS_MMAP SYS_mmap2
#else
#define __MICA_SYS_MMAP SYS_mmap
#endif

/* auxiliary vector values saved at start-up */
extern size_t __mica_pagesize;
extern char *__mica_progname;

/* ---- stdio internals ---- */
#define __MICA_UNGET 8
#define F_READ 1      /* opened for reading */
#define F_WRITE 2     /* opened for writing */
#define F_EOF 4
#define F_ERR 8
#define F_APPEND 16
#define F_MYBUF 32    /* buffer allocated by us with malloc */
#define F_STR 64      /* memory stream: no file descriptor */
#define F_STATIC 128  /* the FILE itself is not malloc'ed */
#define F_NOTTY_CHECKED 256

struct __mica_FILE {
	int fd;
	int flags;
	int bufmode;            /* _IOFBF _IOLBF _IONBF, or -1 not decided yet */
	unsigned char *base;    /* allocation: __MICA_UNGET bytes then the buffer */
	unsigned char *buf;
	size_t bufsize;
	unsigned char *rpos, *rend;  /* unread input: [rpos, rend) */
	unsigned char *wbase, *wpos; /* pending output: [wbase, wpos) */
	unsigned char *wend;
	struct __mica_FILE *prev, *next;
	unsigned char tiny[__MICA_UNGET + 1]; /* buffer of unbuffered streams */
};

int __mica_fflush_unlocked(FILE *f);
size_t __mica_fwrite(const void *p, size_t n, FILE *f);
int __mica_refill(FILE *f);
int __mica_toread(FILE *f);
int __mica_towrite(FILE *f);
int __mica_parse_mode(const char *mode, int *fflags);
void __mica_stdio_exit(void);
void __mica_file_link(FILE *f);
int __mica_getc(FILE *f);

/* printf core: output goes either to a FILE or to a bounded string */
struct __mica_out {
	FILE *f;
	char *s;
	size_t cap;   /* bytes of s usable including the terminating NUL */
	size_t pos;   /* bytes stored in s */
	size_t count; /* bytes produced in total */
	int err;
};
int __mica_vformat(struct __mica_out *o, const char *fmt, __builtin_va_list ap);
int __mica_vscan(FILE *f, const char *fmt, __builtin_va_list ap);

/* floating point helpers */
double __mica_strtod_core(const char *s, char **end, int mant_bits, int emin, int emax, int *isfloat_overflow);
uint64_t __mica_dbl_bits(double x);
double __mica_bits_dbl(uint64_t b);
uint32_t __mica_flt_bits(float x);
float __mica_bits_flt(uint32_t b);

void __mica_run_atexit(void);

/* internal versions of POSIX functions, so that std does not depend on names
   a C program may define for itself */
int __mica_isatty(int fd);
int __mica_mkstemp(char *tmpl);
long long __mica_timegm(struct tm *tm);
#endif
