package nova.linuxuser.sys;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Process, time, signal and misc syscalls of a single deterministic process. */
class ProcessSyscallsTest extends SyscallTestBase {
    static final long BUF = SCRATCH + 0x1000;

    @Test
    void processCreationAndUnknownSyscallsAreEnosys() {
        assertEquals(-Errno.ENOSYS, call(Nr.CLONE, 17));
        assertEquals(-Errno.ENOSYS, call(Nr.CLONE3, BUF, 88));
        assertEquals(-Errno.ENOSYS, call(Nr.EXECVE, BUF, 0, 0));
        assertEquals(-Errno.ENOSYS, call(Nr.PIPE2, BUF, 0));
        assertEquals(-Errno.ENOSYS, call(Nr.RSEQ, BUF, 32, 0, 0));
        assertEquals(-Errno.ENOSYS, call(198, 2, 1, 0), "socket");
        assertEquals(-Errno.ENOSYS, sys.dispatch(100_000, 0, 0, 0, 0, 0, 0));
        assertEquals(-Errno.ENOSYS, sys.dispatch(-1, 0, 0, 0, 0, 0, 0));
        assertEquals(-Errno.ECHILD, call(Nr.WAIT4, -1, 0, 0, 0));
    }

    @Test
    void exitGroupEndsTheProcessWithTheLowByte() {
        assertNull(process.termination());
        call(Nr.EXIT_GROUP, 0x1ff);
        assertEquals(0xff, process.termination().status());
        assertNull(process.termination().message());
    }

    @Test
    void clocksAdvanceWithInstructionsOnly() {
        assertEquals(0, call(Nr.CLOCK_GETTIME, 0, BUF));
        assertEquals(GuestClock.EPOCH_NS / 1_000_000_000L, u64(BUF));
        assertEquals(0, u64(BUF + 8));
        instructions.set(1_500_000_000L);
        assertEquals(0, call(Nr.CLOCK_GETTIME, 1, BUF));
        assertEquals(101, u64(BUF), "monotonic: 100 s boot + 1.5 s");
        assertEquals(500_000_000L, u64(BUF + 8));
        assertEquals(0, call(Nr.CLOCK_GETTIME, 2, BUF));
        assertEquals(1, u64(BUF), "process CPU time = instructions at 1 GHz");
        put64(BUF, 2);
        put64(BUF + 8, 0);
        assertEquals(0, call(Nr.NANOSLEEP, BUF, 0));
        assertEquals(0, call(Nr.CLOCK_GETTIME, 1, BUF + 32));
        assertEquals(103, u64(BUF + 32), "sleeping advances guest time without waiting");
        assertEquals(-Errno.EINVAL, call(Nr.CLOCK_GETTIME, 99, BUF));
        assertEquals(-Errno.EFAULT, call(Nr.CLOCK_GETTIME, 0, UNMAPPED));
        put64(BUF + 8, 1_000_000_000L);
        assertEquals(-Errno.EINVAL, call(Nr.NANOSLEEP, BUF, 0));
        assertEquals(0, call(Nr.GETTIMEOFDAY, BUF, 0));
        assertEquals(GuestClock.EPOCH_NS / 1_000_000_000L + 3, u64(BUF));
    }

    @Test
    void getrandomIsSeededAndValidatesFlags() {
        assertEquals(32, call(Nr.GETRANDOM, BUF, 32, 0));
        byte[] a = get(BUF, 32);
        LinuxProcess same = newProcess(0);
        byte[] expect = new byte[32];
        same.randomBytes(expect);
        assertArrayEquals(expect, a);
        LinuxProcess other = newProcess(1);
        byte[] different = new byte[32];
        other.randomBytes(different);
        assertTrue(!java.util.Arrays.equals(a, different), "another seed gives other bytes");
        assertEquals(-Errno.EINVAL, call(Nr.GETRANDOM, BUF, 8, 8));
        assertEquals(-Errno.EFAULT, call(Nr.GETRANDOM, UNMAPPED, 8, 0));
    }

    @Test
    void unameIsFixed() {
        assertEquals(0, call(Nr.UNAME, BUF));
        assertEquals("Linux", cstr(BUF));
        assertEquals("aarch64", cstr(BUF + 4 * 65));
        assertEquals(ProcessSyscalls.RELEASE, cstr(BUF + 2 * 65));
        assertEquals(-Errno.EFAULT, call(Nr.UNAME, UNMAPPED));
    }

    private String cstr(long va) {
        byte[] b = get(va, 65);
        int n = 0;
        while (b[n] != 0) {
            n++;
        }
        return new String(b, 0, n, StandardCharsets.US_ASCII);
    }

    @Test
    void identityIsFixed() {
        assertEquals(1000, call(Nr.GETUID));
        assertEquals(1000, call(Nr.GETEGID));
        assertEquals(process.pid(), call(Nr.GETPID));
        assertEquals(process.pid(), call(Nr.SET_TID_ADDRESS, BUF));
        assertEquals(0, call(Nr.SETUID, 1000));
        assertEquals(-Errno.EPERM, call(Nr.SETUID, 0));
        assertEquals(0, call(Nr.GETRESUID, BUF, BUF + 4, BUF + 8));
        assertEquals(1000, u32(BUF + 8));
    }

    @Test
    void rlimitsReadAndLower() {
        assertEquals(0, call(Nr.PRLIMIT64, 0, 3, 0, BUF));
        assertEquals(8L << 20, u64(BUF), "RLIMIT_STACK soft = the mapped stack");
        assertEquals(0, call(Nr.GETRLIMIT, 7, BUF));
        assertEquals(1024, u64(BUF));
        put64(BUF, 10);
        put64(BUF + 8, 5);
        assertEquals(-Errno.EINVAL, call(Nr.SETRLIMIT, 7, BUF), "soft above hard");
        put64(BUF + 8, 100);
        assertEquals(0, call(Nr.SETRLIMIT, 7, BUF));
        assertEquals(0, call(Nr.GETRLIMIT, 7, BUF + 16));
        assertEquals(10, u64(BUF + 16));
        assertEquals(-Errno.EINVAL, call(Nr.GETRLIMIT, 99, BUF));
        assertEquals(-Errno.ESRCH, call(Nr.PRLIMIT64, 4242, 3, 0, BUF));
    }

    @Test
    void futexOnASingleThread() {
        put(BUF, new byte[] {5, 0, 0, 0});
        assertEquals(-Errno.EAGAIN, call(Nr.FUTEX, BUF, 128, 4, 0), "value mismatch");
        assertEquals(0, call(Nr.FUTEX, BUF, 129, 1), "FUTEX_WAKE_PRIVATE: nobody waits");
        assertEquals(-Errno.EINVAL, call(Nr.FUTEX, BUF + 1, 0, 5, 0));
        assertEquals(-Errno.EFAULT, call(Nr.FUTEX, UNMAPPED, 0, 5, 0));
        put64(BUF + 16, 0);
        put64(BUF + 24, 1000);
        assertEquals(-Errno.ETIMEDOUT, call(Nr.FUTEX, BUF, 0, 5, BUF + 16));
        assertNull(process.termination());
        call(Nr.FUTEX, BUF, 0, 5, 0);
        assertNotNull(process.termination(), "waiting forever ends the process instead of hanging");
        assertTrue(process.termination().message().contains("block forever"));
    }

    @Test
    void sigactionRecordsAndReturnsTheOldAction() {
        put64(BUF, 0x401000);
        put64(BUF + 8, 0x4000000);
        assertEquals(0, call(Nr.RT_SIGACTION, 2, BUF, 0, 8));
        assertEquals(0, call(Nr.RT_SIGACTION, 2, 0, BUF + 64, 8));
        assertEquals(0x401000, u64(BUF + 64));
        assertEquals(0x4000000, u64(BUF + 72));
        assertEquals(-Errno.EINVAL, call(Nr.RT_SIGACTION, 9, BUF, 0, 8), "SIGKILL cannot be caught");
        assertEquals(-Errno.EINVAL, call(Nr.RT_SIGACTION, 2, BUF, 0, 16));
        assertEquals(-Errno.EINVAL, call(Nr.RT_SIGACTION, 65, BUF, 0, 8));
    }

    @Test
    void sigprocmaskBlocksButNeverKillOrStop() {
        put64(BUF, -1L);
        assertEquals(0, call(Nr.RT_SIGPROCMASK, 0, BUF, 0, 8));
        assertEquals(0, call(Nr.RT_SIGPROCMASK, 2, 0, BUF + 8, 8));
        assertEquals(~((1L << 8) | (1L << 18)), u64(BUF + 8));
        assertEquals(-Errno.EINVAL, call(Nr.RT_SIGPROCMASK, 7, BUF, 0, 8));
    }

    @Test
    void abortToSelfEndsWithStatus134() {
        assertEquals(0, call(Nr.TGKILL, process.pid(), process.pid(), 0), "signal 0 only probes");
        assertNull(process.termination());
        assertEquals(0, call(Nr.KILL, process.pid(), 17), "SIGCHLD is ignored by default");
        assertNull(process.termination());
        assertEquals(-Errno.ESRCH, call(Nr.KILL, 4242, 6));
        call(Nr.TGKILL, process.pid(), process.pid(), 6);
        assertEquals(134, process.termination().status());
        assertTrue(process.termination().message().contains("SIGABRT"));
    }

    @Test
    void ignoredAndBlockedSignalsToSelfDoNothing() {
        put64(BUF, 1);
        call(Nr.RT_SIGACTION, 15, BUF, 0, 8);
        call(Nr.KILL, 0, 15);
        assertNull(process.termination());
        put64(BUF, 1L << 9);
        call(Nr.RT_SIGPROCMASK, 0, BUF, 0, 8);
        call(Nr.KILL, 0, 10);
        assertNull(process.termination(), "blocked SIGUSR1 stays pending");
        assertEquals(0, call(Nr.RT_SIGPENDING, BUF + 8, 8));
        assertEquals(1L << 9, u64(BUF + 8));
        assertEquals(0, call(Nr.RT_SIGPROCMASK, 1, BUF, 0, 8));
        assertEquals(138, process.termination().status(), "unblocking raises it: default action");
    }

    @Test
    void handledSelfSignalWaitsForDelivery() {
        put64(BUF, 0x401000);
        call(Nr.RT_SIGACTION, 10, BUF, 0, 8);
        assertEquals(0, call(Nr.TKILL, process.pid(), 10));
        assertNull(process.termination());
        assertTrue(process.hasPendingSignal(), "the runner builds the frame when the syscall returns");
    }

    @Test
    void sigaltstackRecords() {
        put64(BUF, 0x7000);
        put64(BUF + 8, 0);
        put64(BUF + 16, 100);
        assertEquals(-Errno.ENOMEM, call(Nr.SIGALTSTACK, BUF, 0));
        put64(BUF + 16, 8192);
        assertEquals(0, call(Nr.SIGALTSTACK, BUF, 0));
        assertEquals(0, call(Nr.SIGALTSTACK, 0, BUF + 32));
        assertEquals(0x7000, u64(BUF + 32));
        assertEquals(8192, u64(BUF + 48));
    }

    @Test
    void schedAndSysinfo() {
        assertEquals(8, call(Nr.SCHED_GETAFFINITY, 0, 128, BUF));
        assertEquals(1, get(BUF, 1)[0]);
        assertEquals(-Errno.EINVAL, call(Nr.SCHED_GETAFFINITY, 0, 4, BUF));
        assertEquals(0, call(Nr.SYSINFO, BUF));
        assertEquals(100, u64(BUF), "uptime");
        assertEquals(0022, call(Nr.UMASK, 077));
        assertEquals(077, call(Nr.UMASK, 022));
    }
}
