package nova.linuxuser.sys;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.SplittableRandom;
import java.util.function.LongSupplier;
import nova.hw.mem.GuestMemory;
import nova.linuxuser.fs.FdTable;
import nova.linuxuser.mem.AddressSpace;

/** The state of the one emulated Linux process: memory, files, identity, clocks, signals. */
public final class LinuxProcess {
    static final int SIGPIPE = 13;

    final GuestIo io;
    final AddressSpace space;
    final FdTable fds = new FdTable();
    final GuestClock clock;
    final ProcessOptions options;
    final Signals signals = new Signals();
    final String exePath;
    final int pid;
    private final SplittableRandom random;
    String cwd;
    int umask = 022;
    long brkStart;
    long brk;
    String threadName = "";
    private Termination termination;
    private int pendingSignal;
    private int pendingCode;
    private PrintStream strace;

    /**
     * @param exePath      the host path of the program (/proc/self/exe)
     * @param instructions the retired-instruction counter that drives deterministic time
     */
    public LinuxProcess(GuestMemory memory, AddressSpace space, String exePath, ProcessOptions options,
            LongSupplier instructions) {
        this.io = new GuestIo(memory);
        this.space = space;
        this.exePath = exePath;
        this.options = options;
        this.random = new SplittableRandom(options.seed());
        this.clock = new GuestClock(instructions, options.hostTime());
        this.pid = 1000 + (int) Math.floorMod(options.seed(), 30000L);
        this.cwd = Path.of("").toAbsolutePath().toString();
    }

    public FdTable fds() {
        return fds;
    }

    public AddressSpace space() {
        return space;
    }

    public GuestClock clock() {
        return clock;
    }

    public String cwd() {
        return cwd;
    }

    /** Sets the initial working directory (an absolute host path). */
    public void setCwd(Path dir) {
        cwd = dir.toAbsolutePath().normalize().toString();
    }

    public int pid() {
        return pid;
    }

    /** Sets where the heap starts (the page after the program's highest segment). */
    public void setBrkStart(long start) {
        brkStart = start;
        brk = start;
    }

    public long brk() {
        return brk;
    }

    /** Bytes from the process's seeded generator (AT_RANDOM, getrandom, /dev/urandom). */
    public void randomBytes(byte[] out) {
        random.nextBytes(out);
    }

    /** Logs each syscall to {@code out} (--strace), or stops logging when null. */
    public void setStrace(PrintStream out) {
        strace = out;
    }

    PrintStream strace() {
        return strace;
    }

    /** One line in the --strace log (signal delivery, sigreturn), if logging is on. */
    public void trace(String line) {
        if (strace != null) {
            strace.println(pid + " " + line);
        }
    }

    /**
     * A signal to itself: a blocked one becomes pending until unblocked, an ignored one is
     * dropped, an unhandled one takes its default action (terminate, reported as 128 + signal),
     * a handled one is delivered by the runner as soon as the current syscall returns.
     *
     * @param code the siginfo si_code (SI_USER for kill, SI_TKILL for tkill/tgkill)
     */
    public long raiseSignal(long sig, int code) {
        if (sig < 0 || sig > Signals.NSIG) {
            return -Errno.EINVAL;
        }
        int s = (int) sig;
        if (s == 0) {
            return 0;
        }
        long bit = 1L << (s - 1);
        if ((signals.blocked & bit & ~Signals.UNBLOCKABLE) != 0) {
            signals.pending |= bit;
            return 0;
        }
        long handler = signals.handler(s);
        if (handler == Signals.SIG_IGN && s != Signals.SIGKILL && s != Signals.SIGSTOP) {
            return 0;
        }
        if (handler == Signals.SIG_DFL || s == Signals.SIGKILL || s == Signals.SIGSTOP) {
            if (Signals.ignoredByDefault(s) || Signals.stopsByDefault(s)) {
                return 0;
            }
            // Like a shell, stay quiet about SIGPIPE: it is how `| head` ends a writer.
            terminate(new Termination(128 + s, s == SIGPIPE ? null
                    : "guest killed by signal " + s + " (" + Signals.name(s) + ")"));
            return 0;
        }
        pendingSignal = s;
        pendingCode = code;
        return 0;
    }

    public long raiseSignal(long sig) {
        return raiseSignal(sig, 0);
    }

    /** After a mask change: the lowest pending signal that is no longer blocked is raised now. */
    void raiseUnblocked() {
        long ready = signals.pending & ~signals.blocked;
        if (ready != 0) {
            int s = Long.numberOfTrailingZeros(ready) + 1;
            signals.pending &= ~(1L << (s - 1));
            raiseSignal(s, 0);
        }
    }

    /** A handled signal waits for delivery (the runner builds its frame). */
    public boolean hasPendingSignal() {
        return pendingSignal != 0;
    }

    int takePendingSignal() {
        int s = pendingSignal;
        pendingSignal = 0;
        return s;
    }

    int pendingCode() {
        return pendingCode;
    }

    /** Ends the process; the first termination wins. */
    public void terminate(Termination t) {
        if (termination == null) {
            termination = t;
        }
    }

    /** Null while the process runs. */
    public Termination termination() {
        return termination;
    }
}
