package nova.linuxuser.sys;

/**
 * Signal dispositions, mask, pending set and alternate stack as the guest set them. Nothing
 * outside the process sends signals (one process, no timers); a signal it sends itself is
 * delivered synchronously by {@link SignalFrame} or takes its default action.
 */
final class Signals {
    static final int NSIG = 64;
    static final int SIGKILL = 9;
    static final int SIGSTOP = 19;
    static final long SIG_DFL = 0;
    static final long SIG_IGN = 1;
    static final int SS_ONSTACK = 1;
    static final int SS_DISABLE = 2;
    /** struct sigaction as the arm64 kernel reads it: handler, flags, restorer, mask. */
    static final int SIGACTION_SIZE = 32;
    /** SIGKILL and SIGSTOP can never be blocked. */
    static final long UNBLOCKABLE = (1L << (SIGKILL - 1)) | (1L << (SIGSTOP - 1));

    private final byte[][] actions = new byte[NSIG + 1][];
    long blocked;
    /** Signals raised while blocked: raised again when unblocked. */
    long pending;
    long altStackSp;
    long altStackSize;
    int altStackFlags = SS_DISABLE;

    byte[] action(int sig) {
        return actions[sig] != null ? actions[sig] : new byte[SIGACTION_SIZE];
    }

    void setAction(int sig, byte[] action) {
        actions[sig] = action;
    }

    long handler(int sig) {
        byte[] a = action(sig);
        long h = 0;
        for (int i = 7; i >= 0; i--) {
            h = (h << 8) | (a[i] & 0xff);
        }
        return h;
    }

    /** Signals whose default action is to be ignored (SIGCHLD, SIGCONT, SIGURG, SIGWINCH). */
    static boolean ignoredByDefault(int sig) {
        return sig == 17 || sig == 18 || sig == 23 || sig == 28;
    }

    /** Job-control stops (SIGSTOP, SIGTSTP, SIGTTIN, SIGTTOU): nothing to stop for in a lone process. */
    static boolean stopsByDefault(int sig) {
        return sig == 19 || sig == 20 || sig == 21 || sig == 22;
    }

    static String name(int sig) {
        String[] names = {"0", "SIGHUP", "SIGINT", "SIGQUIT", "SIGILL", "SIGTRAP", "SIGABRT", "SIGBUS", "SIGFPE",
            "SIGKILL", "SIGUSR1", "SIGSEGV", "SIGUSR2", "SIGPIPE", "SIGALRM", "SIGTERM", "SIGSTKFLT", "SIGCHLD",
            "SIGCONT", "SIGSTOP", "SIGTSTP", "SIGTTIN", "SIGTTOU", "SIGURG", "SIGXCPU", "SIGXFSZ", "SIGVTALRM",
            "SIGPROF", "SIGWINCH", "SIGIO", "SIGPWR", "SIGSYS"};
        return sig > 0 && sig < names.length ? names[sig] : "SIGRT" + sig;
    }
}
