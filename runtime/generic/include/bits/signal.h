/* Linux signals (asm-generic: x86_64, aarch64, riscv64, arm): numbers, sigaction flags, and the
   kernel's struct sigaction. */
#ifndef _BITS_SIGNAL_H
#define _BITS_SIGNAL_H
#define SIGHUP    1
#define SIGINT    2
#define SIGQUIT   3
#define SIGILL    4
#define SIGTRAP   5
#define SIGABRT   6
#define SIGIOT    SIGABRT
#define SIGBUS    7
#define SIGFPE    8
#define SIGKILL   9
#define SIGUSR1   10
#define SIGSEGV   11
#define SIGUSR2   12
#define SIGPIPE   13
#define SIGALRM   14
#define SIGTERM   15
#define SIGSTKFLT 16
#define SIGCHLD   17
#define SIGCONT   18
#define SIGSTOP   19
#define SIGTSTP   20
#define SIGTTIN   21
#define SIGTTOU   22
#define SIGURG    23
#define SIGXCPU   24
#define SIGXFSZ   25
#define SIGVTALRM 26
#define SIGPROF   27
#define SIGWINCH  28
#define SIGIO     29
#define SIGPOLL   SIGIO
#define SIGPWR    30
#define SIGSYS    31
#define SIGRTMIN  34
#define SIGRTMAX  64
#define _NSIG     65
#define NSIG      _NSIG

#define SA_NOCLDSTOP 0x00000001
#define SA_NOCLDWAIT 0x00000002
#define SA_SIGINFO   0x00000004
#define SA_RESTORER  0x04000000
#define SA_ONSTACK   0x08000000
#define SA_RESTART   0x10000000
#define SA_NODEFER   0x40000000
#define SA_RESETHAND 0x80000000
#define SA_NOMASK    SA_NODEFER
#define SA_ONESHOT   SA_RESETHAND

#define SIG_BLOCK   0
#define SIG_UNBLOCK 1
#define SIG_SETMASK 2

/* bytes of signal mask the kernel's rt_* calls take (_NSIG/8) */
#define __MICA_KSIGSET_BYTES 8

/* struct sigaction as rt_sigaction reads it */
struct __mica_ksigaction {
	void (*handler)(int);
	unsigned long flags;
	void (*restorer)(void);
	unsigned long mask[1];
};
/* No restorer by default: without SA_RESTORER the kernel returns from a handler through
   the vDSO's sigreturn trampoline (aarch64). An architecture that needs one (x86_64)
   defines __MICA_NEED_RESTORER in its own bits/signal.h, which includes this one. */
/* An architecture whose rt_sigaction takes other arguments (sparc64 passes
   the restorer separately) defines __MICA_RT_SIGACTION(sig, act, old, restorer)
   here; the default is rt_sigaction(sig, act, old, __MICA_KSIGSET_BYTES). */
#endif
