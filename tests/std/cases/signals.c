/* signal, raise, sigaction (with the runtime's restorer), sigprocmask */
#include <stdio.h>
#include <signal.h>
#include <string.h>
#include <unistd.h>

static volatile sig_atomic_t got;
static volatile int info_signo, info_code;

static void handler(int sig) { got = sig; }
static void info_handler(int sig, siginfo_t *si, void *ctx)
{
	(void)ctx;
	info_signo = si->si_signo;
	info_code = si->si_code;
	got = sig + 100;
}

int main(void)
{
	struct sigaction sa, old;
	sigset_t set, oset;
	int i;
	double x = 1.5;
	printf("@@ signal\n");
	printf("%d\n", signal(SIGUSR1, handler) == SIG_DFL);
	printf("%d\n", raise(SIGUSR1));
	printf("got %d\n", (int)got);
	for (i = 0; i < 1000; i++) {
		/* many handler returns through the restorer */
		got = 0;
		raise(SIGUSR1);
		if (got != SIGUSR1)
			printf("lost %d\n", i);
		x = x * 1.0001;
	}
	printf("%.6f\n", x);
	printf("%d\n", signal(SIGUSR1, SIG_IGN) == handler);
	raise(SIGUSR1);
	printf("ignored ok\n");
	printf("@@ sigaction\n");
	memset(&sa, 0, sizeof sa);
	sa.sa_sigaction = info_handler;
	sa.sa_flags = SA_SIGINFO;
	sigemptyset(&sa.sa_mask);
	printf("%d\n", sigaction(SIGUSR2, &sa, &old));
	printf("%d\n", old.sa_handler == SIG_DFL);
	raise(SIGUSR2);
	printf("got %d signo %d code %d\n", (int)got, info_signo, info_code);
	printf("%d\n", sigaction(SIGUSR2, 0, &old) == 0 && old.sa_sigaction == info_handler && (old.sa_flags & SA_SIGINFO));
	printf("%d\n", sigaction(SIGKILL, &sa, 0));
	printf("@@ mask\n");
	signal(SIGUSR1, handler);
	sigemptyset(&set);
	sigaddset(&set, SIGUSR1);
	printf("%d %d %d\n", sigismember(&set, SIGUSR1), sigismember(&set, SIGUSR2), sigprocmask(SIG_BLOCK, &set, &oset));
	got = 0;
	raise(SIGUSR1);
	printf("blocked: got %d\n", (int)got);
	sigpending(&set);
	printf("pending %d\n", sigismember(&set, SIGUSR1));
	sigprocmask(SIG_SETMASK, &oset, 0);
	printf("unblocked: got %d\n", (int)got);
	sigfillset(&set);
	sigdelset(&set, SIGINT);
	printf("%d %d\n", sigismember(&set, SIGINT), sigismember(&set, SIGTERM));
	printf("@@ default_action\n");
	fflush(stdout);
	signal(SIGTERM, SIG_DFL);
	raise(SIGTERM);
	printf("not reached\n");
	return 0;
}
