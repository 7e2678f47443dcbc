#ifndef _UNISTD_H
#define _UNISTD_H
#include <sys/types.h>
#define __NEED_intptr_t
#include <__mica_types.h>
#ifndef NULL
#define NULL ((void *)0)
#endif
#define STDIN_FILENO 0
#define STDOUT_FILENO 1
#define STDERR_FILENO 2
#ifndef SEEK_SET
#define SEEK_SET 0
#define SEEK_CUR 1
#define SEEK_END 2
#endif
#define F_OK 0
#define R_OK 4
#define W_OK 2
#define X_OK 1
#define _SC_PAGESIZE 30
#define _SC_PAGE_SIZE _SC_PAGESIZE
#define _SC_CLK_TCK 2
#define _SC_OPEN_MAX 4
#define _SC_NPROCESSORS_ONLN 84
#define _POSIX_VERSION 200809L

extern char **environ;
extern char *optarg;
extern int optind, opterr, optopt;

ssize_t read(int, void *, size_t);
ssize_t write(int, const void *, size_t);
ssize_t pread(int, void *, size_t, off_t);
ssize_t pwrite(int, const void *, size_t, off_t);
int open(const char *, int, ...);
int close(int);
off_t lseek(int, off_t, int);
int unlink(const char *);
int rmdir(const char *);
int link(const char *, const char *);
int symlink(const char *, const char *);
ssize_t readlink(const char *restrict, char *restrict, size_t);
int access(const char *, int);
char *getcwd(char *, size_t);
int chdir(const char *);
int dup(int);
int dup2(int, int);
int pipe(int[2]);
pid_t getpid(void);
pid_t getppid(void);
uid_t getuid(void);
uid_t geteuid(void);
gid_t getgid(void);
gid_t getegid(void);
int isatty(int);
int brk(void *);
void *sbrk(intptr_t);
unsigned int sleep(unsigned int);
int usleep(useconds_t);
unsigned int alarm(unsigned int);
int pause(void);
int fsync(int);
int ftruncate(int, off_t);
int truncate(const char *, off_t);
long sysconf(int);
int getpagesize(void);
int gethostname(char *, size_t);
pid_t fork(void);
int execve(const char *, char *const[], char *const[]);
int execv(const char *, char *const[]);
int execvp(const char *, char *const[]);
_Noreturn void _exit(int);
int getopt(int, char *const[], const char *);
#endif
