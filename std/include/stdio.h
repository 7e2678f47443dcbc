#ifndef _STDIO_H
#define _STDIO_H
#define __NEED_size_t
#define __NEED_ssize_t
#define __NEED_off_t
#define __NEED_FILE
#include <__mica_types.h>
#ifndef NULL
#define NULL ((void *)0)
#endif
#define EOF (-1)
#define BUFSIZ 8192
#define FOPEN_MAX 1000
#define FILENAME_MAX 4096
#define L_tmpnam 20
#define TMP_MAX 238328
#define P_tmpdir "/tmp"
#define _IOFBF 0
#define _IOLBF 1
#define _IONBF 2
#define SEEK_SET 0
#define SEEK_CUR 1
#define SEEK_END 2
typedef struct { off_t __pos; } fpos_t;

extern FILE *stdin;
extern FILE *stdout;
extern FILE *stderr;
#define stdin stdin
#define stdout stdout
#define stderr stderr

int remove(const char *);
int rename(const char *, const char *);
FILE *tmpfile(void);
char *tmpnam(char *);
int fclose(FILE *);
int fflush(FILE *);
FILE *fopen(const char *restrict, const char *restrict);
FILE *freopen(const char *restrict, const char *restrict, FILE *restrict);
void setbuf(FILE *restrict, char *restrict);
int setvbuf(FILE *restrict, char *restrict, int, size_t);
int fprintf(FILE *restrict, const char *restrict, ...);
int fscanf(FILE *restrict, const char *restrict, ...);
int printf(const char *restrict, ...);
int scanf(const char *restrict, ...);
int snprintf(char *restrict, size_t, const char *restrict, ...);
int sprintf(char *restrict, const char *restrict, ...);
int sscanf(const char *restrict, const char *restrict, ...);
int vfprintf(FILE *restrict, const char *restrict, __builtin_va_list);
int vfscanf(FILE *restrict, const char *restrict, __builtin_va_list);
int vprintf(const char *restrict, __builtin_va_list);
int vscanf(const char *restrict, __builtin_va_list);
int vsnprintf(char *restrict, size_t, const char *restrict, __builtin_va_list);
int vsprintf(char *restrict, const char *restrict, __builtin_va_list);
int vsscanf(const char *restrict, const char *restrict, __builtin_va_list);
int fgetc(FILE *);
char *fgets(char *restrict, int, FILE *restrict);
int fputc(int, FILE *);
int fputs(const char *restrict, FILE *restrict);
int getc(FILE *);
int getchar(void);
int putc(int, FILE *);
int putchar(int);
int puts(const char *);
int ungetc(int, FILE *);
size_t fread(void *restrict, size_t, size_t, FILE *restrict);
size_t fwrite(const void *restrict, size_t, size_t, FILE *restrict);
int fgetpos(FILE *restrict, fpos_t *restrict);
int fseek(FILE *, long, int);
int fsetpos(FILE *, const fpos_t *);
long ftell(FILE *);
void rewind(FILE *);
void clearerr(FILE *);
int feof(FILE *);
int ferror(FILE *);
void perror(const char *);
/* POSIX */
int fileno(FILE *);
FILE *fdopen(int, const char *);
int dprintf(int, const char *restrict, ...);
int vdprintf(int, const char *restrict, __builtin_va_list);
int fseeko(FILE *, off_t, int);
off_t ftello(FILE *);
ssize_t getline(char **restrict, size_t *restrict, FILE *restrict);
ssize_t getdelim(char **restrict, size_t *restrict, int, FILE *restrict);
int asprintf(char **, const char *, ...);
int vasprintf(char **, const char *, __builtin_va_list);
FILE *fmemopen(void *restrict, size_t, const char *restrict);
int getc_unlocked(FILE *);
int getchar_unlocked(void);
int putc_unlocked(int, FILE *);
int putchar_unlocked(int);
void flockfile(FILE *);
void funlockfile(FILE *);
int ftrylockfile(FILE *);
#endif
