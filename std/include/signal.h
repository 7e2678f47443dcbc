#ifndef _SIGNAL_H
#define _SIGNAL_H
#define __NEED_pid_t
#define __NEED_uid_t
#define __NEED_size_t
#define __NEED_sigset_t
#include <__mica_types.h>
#include <bits/signal.h>
typedef int sig_atomic_t;
typedef void (*sighandler_t)(int);
#define SIG_ERR ((void (*)(int))-1)
#define SIG_DFL ((void (*)(int))0)
#define SIG_IGN ((void (*)(int))1)

union sigval { int sival_int; void *sival_ptr; };
typedef struct {
	int si_signo;
	int si_errno;
	int si_code;
	union {
		char __pad[sizeof(void *) == 8 ? 112 : 116];
		struct { pid_t si_pid; uid_t si_uid; union sigval si_value; } __kill;
		struct { void *si_addr; } __fault;
		struct { pid_t si_pid; uid_t si_uid; int si_status; } __chld;
	} __si;
} siginfo_t;
#define si_pid __si.__kill.si_pid
#define si_uid __si.__kill.si_uid
#define si_value __si.__kill.si_value
#define si_addr __si.__fault.si_addr
#define si_status __si.__chld.si_status

struct sigaction {
	union {
		void (*__sa_handler)(int);
		void (*__sa_sigaction)(int, siginfo_t *, void *);
	} __sa_u;
	sigset_t sa_mask;
	int sa_flags;
	void (*sa_restorer)(void);
};
#define sa_handler __sa_u.__sa_handler
#define sa_sigaction __sa_u.__sa_sigaction

void (*signal(int, void (*)(int)))(int);
int raise(int);
/* POSIX */
int kill(pid_t, int);
int sigaction(int, const struct sigaction *restrict, struct sigaction *restrict);
int sigprocmask(int, const sigset_t *restrict, sigset_t *restrict);
int sigemptyset(sigset_t *);
int sigfillset(sigset_t *);
int sigaddset(sigset_t *, int);
int sigdelset(sigset_t *, int);
int sigismember(const sigset_t *, int);
int sigpending(sigset_t *);
int sigsuspend(const sigset_t *);
#endif
