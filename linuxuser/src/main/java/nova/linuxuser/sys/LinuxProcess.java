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
