/* signal.h on top of rt_sigaction / rt_sigprocmask. */
#include <signal.h>
#include <string.h>
#include <errno.h>
#include <unistd.h>
#include "internal.h"

#ifdef __MICA_NEED_RESTORER
void __mica_sigreturn(void);
#endif

int sigaction(int sig, const struct sigaction *restrict sa, struct sigaction *restrict old)
{
	struct __mica_ksigaction ksa, kold;
	long r;
	if (sig < 1 || sig >= _NSIG) {
		errno = EINVAL;
		return -1;
	}
	if (sa) {
		memset(&ksa, 0, sizeof ksa);
		ksa.handler = sa->sa_handler;
		ksa.flags = (unsigned long)(unsigned)sa->sa_flags;
#ifdef __MICA_NEED_RESTORER
		ksa.flags |= SA_RESTORER;
		ksa.restorer = __mica_sigreturn;
#endif
		memcpy(ksa.mask, &sa->sa_mask, __MICA_KSIGSET_BYTES);
	}
	memset(&kold, 0, sizeof kold);
#ifdef __MICA_RT_SIGACTION
#ifdef __MICA_NEED_RESTORER
	r = __MICA_RT_SIGACTION(sig, sa ? &ksa : 0, old ? &kold : 0, __mica_sigreturn);
#else
	r = __MICA_RT_SIGACTION(sig, sa ? &ksa : 0, old ? &kold : 0, 0);
#endif
#else
	r = __builtin_syscall(SYS_rt_sigaction, sig, sa ? &ksa : 0, old ? &kold : 0, __MICA_KSIGSET_BYTES);
#endif
	if (r < 0)
		return (int)__mica_sysret(r);
	if (old) {
		memset(old, 0, sizeof *old);
		old->sa_handler = kold.handler;
		old->sa_flags = (int)kold.flags;
		old->sa_restorer = kold.restorer;
		memcpy(&old->sa_mask, kold.mask, __MICA_KSIGSET_BYTES);
	}
	return 0;
}

void (*signal(int sig, void (*fn)(int)))(int)
{
	struct sigaction sa, old;
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = fn;
	sa.sa_flags = SA_RESTART;
	if (sigaction(sig, &sa, &old) < 0)
		return SIG_ERR;
	return old.sa_handler;
}

int kill(pid_t pid, int sig)
{
	return (int)__mica_syscall(SYS_kill, pid, sig);
}

int raise(int sig)
{
	long tid = __builtin_syscall(SYS_gettid);
	return (int)__mica_syscall(SYS_tgkill, __builtin_syscall(SYS_getpid), tid, sig);
}

int sigprocmask(int how, const sigset_t *restrict set, sigset_t *restrict old)
{
	if (old)
		memset(old, 0, sizeof *old);
	return (int)__mica_syscall(SYS_rt_sigprocmask, how, set, old, __MICA_KSIGSET_BYTES);
}

int sigpending(sigset_t *set)
{
	memset(set, 0, sizeof *set);
	return (int)__mica_syscall(SYS_rt_sigpending, set, __MICA_KSIGSET_BYTES);
}

int sigsuspend(const sigset_t *set)
{
	return (int)__mica_syscall(SYS_rt_sigsuspend, set, __MICA_KSIGSET_BYTES);
}

#define WORDBITS (8 * sizeof(unsigned long))

int sigemptyset(sigset_t *s)
{
	memset(s, 0, sizeof *s);
	return 0;
}

int sigfillset(sigset_t *s)
{
	size_t i;
	memset(s, 0, sizeof *s);
	for (i = 1; i < _NSIG; i++)
		s->__bits[(i - 1) / WORDBITS] |= 1UL << ((i - 1) % WORDBITS);
	return 0;
}

static int badsig(int sig)
{
	if (sig < 1 || sig >= _NSIG) {
		errno = EINVAL;
		return 1;
	}
	return 0;
}

int sigaddset(sigset_t *s, int sig)
{
	if (badsig(sig))
		return -1;
	s->__bits[(unsigned)(sig - 1) / WORDBITS] |= 1UL << ((unsigned)(sig - 1) % WORDBITS);
	return 0;
}

int sigdelset(sigset_t *s, int sig)
{
	if (badsig(sig))
		return -1;
	s->__bits[(unsigned)(sig - 1) / WORDBITS] &= ~(1UL << ((unsigned)(sig - 1) % WORDBITS));
	return 0;
}

int sigismember(const sigset_t *s, int sig)
{
	if (badsig(sig))
		return -1;
	return !!(s->__bits[(unsigned)(sig - 1) / WORDBITS] & (1UL << ((unsigned)(sig - 1) % WORDBITS)));
}
