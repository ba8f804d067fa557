package nova.linuxuser.sys;

import java.io.PrintStream;
import nova.hw.mem.AccessFault;

/**
 * The one syscall switch: arm64 convention, x8 = number, x0..x5 = arguments, result in x0 as
 * a value or a negative errno. Every syscall a single static process needs is routed to the
 * class for its area; anything else (fork, clone, execve, sockets, ...) answers -ENOSYS.
 */
public final class Syscalls {
    private final LinuxProcess p;
    private final FileSyscalls files;
    private final MemorySyscalls memory;
    private final TimeSyscalls time;
    private final ProcessSyscalls process;
    private final SignalSyscalls signals;

    public Syscalls(LinuxProcess p) {
        this.p = p;
        this.files = new FileSyscalls(p);
        this.memory = new MemorySyscalls(p);
        this.time = new TimeSyscalls(p);
        this.process = new ProcessSyscalls(p);
        this.signals = new SignalSyscalls(p);
    }

    /** Runs syscall {@code nr}; never throws for anything the guest passes. */
    public long dispatch(long nr, long a0, long a1, long a2, long a3, long a4, long a5) {
        long result;
        try {
            result = call(nr, a0, a1, a2, a3, a4, a5);
        } catch (SysError e) {
            result = -e.errno();
        } catch (AccessFault e) {
            result = -Errno.EFAULT;
        }
        PrintStream log = p.strace();
        if (log != null) {
            log.printf("%d %s(0x%x, 0x%x, 0x%x, 0x%x, 0x%x, 0x%x) = %s%n", p.pid, Nr.name(nr), a0, a1, a2, a3, a4, a5,
                    result < 0 && result >= -4095 ? "-1 " + Errno.name((int) -result) + " (errno " + (-result) + ")"
                            : "0x" + Long.toHexString(result));
        }
        return result;
    }

    private long call(long nr, long a0, long a1, long a2, long a3, long a4, long a5) {
        if (nr < 0 || nr > Integer.MAX_VALUE) {
            return -Errno.ENOSYS;
        }
        return switch ((int) nr) {
            // files
            case Nr.READ -> files.read(a0, a1, a2);
            case Nr.WRITE -> files.write(a0, a1, a2);
            case Nr.READV -> files.readv(a0, a1, a2);
            case Nr.WRITEV -> files.writev(a0, a1, a2);
            case Nr.PREAD64 -> files.pread(a0, a1, a2, a3);
            case Nr.PWRITE64 -> files.pwrite(a0, a1, a2, a3);
            case Nr.OPENAT -> files.openat(a0, a1, a2, a3);
            case Nr.CLOSE -> files.close(a0);
            case Nr.LSEEK -> files.lseek(a0, a1, a2);
            case Nr.FSTAT -> files.fstat(a0, a1);
            case Nr.NEWFSTATAT -> files.newfstatat(a0, a1, a2, a3);
            case Nr.STATX -> files.statx(a0, a1, a2, a3, a4);
            case Nr.READLINKAT -> files.readlinkat(a0, a1, a2, a3);
            case Nr.GETCWD -> files.getcwd(a0, a1);
            case Nr.CHDIR -> files.chdir(a0);
            case Nr.FCHDIR -> files.fchdir(a0);
            case Nr.GETDENTS64 -> files.getdents64(a0, a1, a2);
            case Nr.MKDIRAT -> files.mkdirat(a0, a1, a2);
            case Nr.UNLINKAT -> files.unlinkat(a0, a1, a2);
            case Nr.RENAMEAT -> files.renameat2(a0, a1, a2, a3, 0);
            case Nr.RENAMEAT2 -> files.renameat2(a0, a1, a2, a3, a4);
            case Nr.SYMLINKAT -> files.symlinkat(a0, a1, a2);
            case Nr.LINKAT -> files.linkat(a0, a1, a2, a3);
            case Nr.FACCESSAT -> files.faccessat(a0, a1, a2, 0);
            case Nr.FACCESSAT2 -> files.faccessat(a0, a1, a2, a3);
            case Nr.FCHMODAT -> files.fchmodat(a0, a1, a2);
            case Nr.FCHMOD -> files.fchmod(a0, a1);
            case Nr.FCHOWNAT -> files.fchownat(a0, a1, a2, a3, a4);
            case Nr.FCHOWN -> files.fchown(a0, a1, a2);
            case Nr.UTIMENSAT -> files.utimensat(a0, a1, a2, a3);
            case Nr.TRUNCATE -> files.truncate(a0, a1);
            case Nr.FTRUNCATE -> files.ftruncate(a0, a1);
            case Nr.FSYNC, Nr.FDATASYNC -> files.fsync(a0);
            case Nr.SYNC -> 0;
            case Nr.DUP -> files.dup(a0);
            case Nr.DUP3 -> files.dup3(a0, a1, a2);
            case Nr.FCNTL -> files.fcntl(a0, a1, a2);
            case Nr.IOCTL -> files.ioctl(a0, a1, a2);
            case Nr.FLOCK -> files.flock(a0);
            case Nr.FADVISE64 -> files.fadvise(a0);
            case Nr.SENDFILE -> files.sendfile(a0, a1, a2, a3);
            case Nr.PPOLL -> files.ppoll(a0, a1, a2);
            // memory
            case Nr.BRK -> memory.brk(a0);
            case Nr.MMAP -> memory.mmap(a0, a1, a2, a3, a4, a5);
            case Nr.MUNMAP -> memory.munmap(a0, a1);
            case Nr.MPROTECT -> memory.mprotect(a0, a1, a2);
            case Nr.MREMAP -> memory.mremap(a0, a1, a2, a3, a4);
            case Nr.MADVISE -> memory.madvise(a0, a1, a2);
            case Nr.MSYNC -> memory.msync(a0, a1);
            case Nr.MLOCK, Nr.MUNLOCK -> 0;
            // time
            case Nr.CLOCK_GETTIME -> time.clockGettime(a0, a1);
            case Nr.CLOCK_GETRES -> time.clockGetres(a0, a1);
            case Nr.GETTIMEOFDAY -> time.gettimeofday(a0, a1);
            case Nr.NANOSLEEP -> time.nanosleep(a0, a1);
            case Nr.CLOCK_NANOSLEEP -> time.clockNanosleep(a0, a1, a2, a3);
            case Nr.TIMES -> time.times(a0);
            case Nr.GETRUSAGE -> time.getrusage(a0, a1);
            // process
            case Nr.EXIT, Nr.EXIT_GROUP -> process.exitGroup(a0);
            case Nr.GETPID, Nr.GETTID, Nr.GETPGID, Nr.GETSID -> p.pid;
            case Nr.SET_TID_ADDRESS -> p.pid;
            case Nr.GETPPID -> 1;
            case Nr.GETUID, Nr.GETEUID -> process.uid();
            case Nr.GETGID, Nr.GETEGID -> process.gid();
            case Nr.SETUID, Nr.SETGID -> process.setIds(a0);
            case Nr.SETREUID, Nr.SETREGID -> process.setIds(a0, a1);
            case Nr.SETRESUID, Nr.SETRESGID -> process.setIds(a0, a1, a2);
            case Nr.GETRESUID -> process.getresIds(a0, a1, a2, p.options.uid());
            case Nr.GETRESGID -> process.getresIds(a0, a1, a2, p.options.gid());
            case Nr.GETGROUPS -> 0;
            case Nr.SETGROUPS -> -Errno.EPERM;
            case Nr.SETPGID -> 0;
            case Nr.SETSID -> -Errno.EPERM; // already a process group leader
            case Nr.SET_ROBUST_LIST -> process.setRobustList(a0, a1);
            case Nr.RSEQ -> -Errno.ENOSYS;
            case Nr.UNAME -> process.uname(a0);
            case Nr.SYSINFO -> process.sysinfo(a0);
            case Nr.PRLIMIT64 -> process.prlimit(a0, a1, a2, a3);
            case Nr.GETRLIMIT -> process.prlimit(0, a0, 0, a1);
            case Nr.SETRLIMIT -> process.prlimit(0, a0, a1, 0);
            case Nr.UMASK -> process.umask(a0);
            case Nr.PRCTL -> process.prctl(a0, a1);
            case Nr.GETCPU -> process.getcpu(a0, a1);
            case Nr.PERSONALITY -> a0 == 0xffffffffL || a0 == 0 ? 0 : -Errno.EINVAL;
            case Nr.GETPRIORITY -> 20; // nice 0, encoded as 20 - nice
            case Nr.SETPRIORITY -> 0;
            case Nr.SCHED_GETAFFINITY -> process.schedGetaffinity(a0, a1, a2);
            case Nr.SCHED_SETAFFINITY -> 0;
            case Nr.SCHED_YIELD -> 0;
            case Nr.SCHED_GETSCHEDULER -> 0; // SCHED_OTHER
            case Nr.SCHED_GETPARAM -> process.schedGetparam(a0, a1);
            case Nr.FUTEX -> process.futex(a0, a1, a2, a3);
            case Nr.GETRANDOM -> process.getrandom(a0, a1, a2);
            case Nr.WAIT4, Nr.WAITID -> -Errno.ECHILD;
            case Nr.CLONE, Nr.CLONE3, Nr.EXECVE -> -Errno.ENOSYS; // one process: no fork, no exec
            // signals
            case Nr.RT_SIGACTION -> signals.rtSigaction(a0, a1, a2, a3);
            case Nr.RT_SIGPROCMASK -> signals.rtSigprocmask(a0, a1, a2, a3);
            case Nr.RT_SIGPENDING -> signals.rtSigpending(a0, a1);
            case Nr.SIGALTSTACK -> signals.sigaltstack(a0, a1);
            case Nr.KILL -> signals.kill(a0, a1);
            case Nr.TKILL -> signals.tkill(a0, a1);
            case Nr.TGKILL -> signals.tgkill(a0, a1, a2);
            default -> -Errno.ENOSYS;
        };
    }
}
