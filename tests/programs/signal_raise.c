#include <stdio.h>
#include <signal.h>

static volatile sig_atomic_t got;
static volatile sig_atomic_t count;

/* whether a handler stays installed after delivery is implementation-defined:
   re-install it so that both behaviours give the same result */
static void handler(int sig) {
    signal(sig, handler);
    got = sig;
    count++;
}

int main(void) {
    if (signal(SIGUSR1, handler) == SIG_ERR) { printf("signal failed\n"); return 1; }
    printf("raise -> %d\n", raise(SIGUSR1));
    printf("got SIGUSR1 %d count %d\n", got == SIGUSR1, (int)count);
    signal(SIGUSR2, handler);
    raise(SIGUSR2);
    raise(SIGUSR2);
    printf("got SIGUSR2 %d count %d\n", got == SIGUSR2, (int)count);
    signal(SIGUSR1, SIG_IGN);
    raise(SIGUSR1);
    printf("ignored, count %d\n", (int)count);
    void (*old)(int) = signal(SIGTERM, handler);
    printf("old is default %d\n", old == SIG_DFL);
    raise(SIGTERM);
    printf("SIGTERM handled %d\n", got == SIGTERM);
    printf("numbers %d %d %d %d\n", SIGABRT, SIGINT, SIGSEGV, SIGTERM);
    signal(SIGTERM, SIG_DFL);
    fflush(stdout);
    raise(SIGTERM);                /* default action: terminated, status 128 + 15 */
    printf("not reached\n");
    return 0;
}
