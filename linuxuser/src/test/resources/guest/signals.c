/* Signals a process sends itself: handlers with siginfo, registers intact after the handler
 * returns through rt_sigreturn, blocking and pending, SA_RESETHAND, then the default action. */
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

static volatile int hits;

static void on_usr1(int sig, siginfo_t *si, void *uc) {
    (void)uc;
    hits++;
    printf("handler sig=%d code=%d pid_ok=%d\n", sig, si->si_code, si->si_pid == getpid());
}

static void on_usr2(int sig) {
    (void)sig;
    hits += 10;
}

int main(void) {
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_sigaction = on_usr1;
    sa.sa_flags = SA_SIGINFO;
    sigaction(SIGUSR1, &sa, 0);
    volatile double d = 1.25;
    volatile long x = 12345;
    raise(SIGUSR1);
    kill(getpid(), SIGUSR1);
    printf("after: hits=%d d=%.2f x=%ld\n", hits, d, x);

    signal(SIGUSR2, on_usr2);
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGUSR2);
    sigprocmask(SIG_BLOCK, &set, 0);
    raise(SIGUSR2);
    printf("blocked: hits=%d\n", hits);
    sigset_t pend;
    sigpending(&pend);
    printf("pending=%d\n", sigismember(&pend, SIGUSR2));
    sigprocmask(SIG_UNBLOCK, &set, 0);
    printf("unblocked: hits=%d\n", hits);

    sa.sa_flags = SA_SIGINFO | SA_RESETHAND;
    sigaction(SIGUSR1, &sa, 0);
    raise(SIGUSR1);
    printf("reset: hits=%d\n", hits);
    fflush(stdout);
    raise(SIGUSR1);
    printf("not reached\n");
    return 0;
}
