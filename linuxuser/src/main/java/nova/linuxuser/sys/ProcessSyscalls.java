package nova.linuxuser.sys;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import nova.linuxuser.fs.FdTable;
import nova.linuxuser.mem.Layout;

/** Identity, limits, exit, futexes, random bytes, system information: one process, one thread. */
final class ProcessSyscalls {
    static final long RLIM_INFINITY = -1L;
    static final int RLIMIT_STACK = 3;
    static final int RLIMIT_NOFILE = 7;
    static final int RLIM_NLIMITS = 16;
    static final String RELEASE = "6.1.0-nova";

    private final LinuxProcess p;
    private final long[][] limits = new long[RLIM_NLIMITS][];

    ProcessSyscalls(LinuxProcess p) {
        this.p = p;
        for (int i = 0; i < RLIM_NLIMITS; i++) {
            limits[i] = new long[] {RLIM_INFINITY, RLIM_INFINITY};
        }
        limits[RLIMIT_STACK] = new long[] {Layout.STACK_SIZE, RLIM_INFINITY};
        limits[RLIMIT_NOFILE] = new long[] {FdTable.MAX_FDS, FdTable.MAX_FDS};
        limits[8] = new long[] {8L << 20, 8L << 20}; // RLIMIT_MEMLOCK
        limits[4] = new long[] {0, RLIM_INFINITY}; // RLIMIT_CORE
        limits[6] = new long[] {63_000, 63_000}; // RLIMIT_NPROC
        limits[11] = new long[] {63_000, 63_000}; // RLIMIT_SIGPENDING
        limits[12] = new long[] {819_200, 819_200}; // RLIMIT_MSGQUEUE
        limits[13] = new long[] {0, 0}; // RLIMIT_NICE
        limits[14] = new long[] {0, 0}; // RLIMIT_RTPRIO
    }

    long exitGroup(long status) {
        p.terminate(Termination.exit((int) status));
        return 0;
    }

    long uid() {
        return p.options.uid();
    }

    long gid() {
        return p.options.gid();
    }

    /** setuid and friends: only to the ids the process already has (it holds no privileges). */
    long setIds(long... ids) {
        for (long id : ids) {
            int v = (int) id;
            if (v != -1 && v != p.options.uid() && v != p.options.gid()) {
                return -Errno.EPERM;
            }
        }
        return 0;
    }

    long getresIds(long a, long b, long c, int value) {
        p.io.write32(a, value);
        p.io.write32(b, value);
        p.io.write32(c, value);
        return 0;
    }

    long setRobustList(long head, long len) {
        return len == 24 ? 0 : -Errno.EINVAL;
    }

    long uname(long buf) {
        byte[] out = new byte[6 * 65];
        String[] fields = {"Linux", "nova", RELEASE, "#1 SMP PREEMPT nova", "aarch64", "(none)"};
        for (int i = 0; i < fields.length; i++) {
            byte[] f = fields[i].getBytes(StandardCharsets.US_ASCII);
            System.arraycopy(f, 0, out, 65 * i, f.length);
        }
        p.io.write(buf, out);
        return 0;
    }

    long sysinfo(long buf) {
        ByteBuffer b = ByteBuffer.allocate(112).order(ByteOrder.LITTLE_ENDIAN);
        b.putLong(0, p.clock.monotonicNs() / TimeSyscalls.NS);
        b.putLong(32, 4L << 30); // totalram
        b.putLong(40, 3L << 30); // freeram
        b.putShort(80, (short) 1); // procs
        b.putInt(104, 1); // mem_unit
        p.io.write(buf, b.array());
        return 0;
    }

    long prlimit(long pid, long resource, long newLimit, long oldLimit) {
        if (pid != 0 && pid != p.pid) {
            return -Errno.ESRCH;
        }
        if (resource < 0 || resource >= RLIM_NLIMITS) {
            return -Errno.EINVAL;
        }
        long[] cur = limits[(int) resource];
        long[] next = null;
        if (newLimit != 0) {
            ByteBuffer b = ByteBuffer.wrap(p.io.read(newLimit, 16)).order(ByteOrder.LITTLE_ENDIAN);
            next = new long[] {b.getLong(0), b.getLong(8)};
            if (Long.compareUnsigned(next[0], next[1]) > 0) {
                return -Errno.EINVAL;
            }
            if (Long.compareUnsigned(next[1], cur[1]) > 0) {
                return -Errno.EPERM;
            }
        }
        if (oldLimit != 0) {
            p.io.write(oldLimit, ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN)
                    .putLong(cur[0]).putLong(cur[1]).array());
        }
        if (next != null) {
            limits[(int) resource] = next;
        }
        return 0;
    }

    long umask(long mask) {
        int old = p.umask;
        p.umask = (int) mask & 0777;
        return old;
    }

    long prctl(long option, long arg2) {
        return switch ((int) option) {
            case 15 -> { // PR_SET_NAME
                // Like the kernel: at most 15 bytes are taken, a longer name is silently cut.
                java.io.ByteArrayOutputStream name = new java.io.ByteArrayOutputStream();
                for (int i = 0; i < 15; i++) {
                    byte b = p.io.read(arg2 + i, 1)[0];
                    if (b == 0) {
                        break;
                    }
                    name.write(b);
                }
                p.threadName = name.toString(StandardCharsets.UTF_8);
                yield 0;
            }
            case 16 -> { // PR_GET_NAME
                byte[] out = new byte[16];
                byte[] n = p.threadName.getBytes(StandardCharsets.UTF_8);
                System.arraycopy(n, 0, out, 0, Math.min(15, n.length));
                p.io.write(arg2, out);
                yield 0;
            }
            default -> -Errno.EINVAL;
        };
    }

    long getcpu(long cpu, long node) {
        if (cpu != 0) {
            p.io.write32(cpu, 0);
        }
        if (node != 0) {
            p.io.write32(node, 0);
        }
        return 0;
    }

    long schedGetaffinity(long pid, long size, long mask) {
        if (pid != 0 && pid != p.pid) {
            return -Errno.ESRCH;
        }
        if (size < 8 || (size & 7) != 0) {
            return -Errno.EINVAL;
        }
        byte[] one = new byte[8];
        one[0] = 1; // CPU 0 only: one simulated core
        p.io.write(mask, one);
        return 8;
    }

    long schedGetparam(long pid, long param) {
        if (pid != 0 && pid != p.pid) {
            return -Errno.ESRCH;
        }
        p.io.write32(param, 0);
        return 0;
    }

    /** futex on a single thread: nobody else can wake a waiter, nobody else is waiting. */
    long futex(long uaddr, long op, long val, long timeout) {
        int cmd = (int) op & 0x7f;
        return switch (cmd) {
            case 0, 9 -> { // FUTEX_WAIT, FUTEX_WAIT_BITSET
                if ((uaddr & 3) != 0) {
                    yield -Errno.EINVAL;
                }
                if (p.io.read32(uaddr) != (int) val) {
                    yield -Errno.EAGAIN;
                }
                if (timeout != 0) {
                    long[] ts = TimeSyscalls.readTimespec(p.io, timeout);
                    long ns = ts[0] * TimeSyscalls.NS + ts[1];
                    if (cmd == 9) { // the bitset variant takes an absolute time
                        ns -= ((op & 256) != 0) ? p.clock.realtimeNs() : p.clock.monotonicNs();
                    }
                    p.clock.sleep(ns);
                    yield -Errno.ETIMEDOUT;
                }
                p.terminate(new Termination(1, String.format(
                        "futex wait on 0x%x would block forever: the harness runs a single thread", uaddr)));
                yield 0;
            }
            case 1, 10 -> 0; // FUTEX_WAKE, FUTEX_WAKE_BITSET: no waiters
            case 3, 4 -> 0; // FUTEX_REQUEUE, FUTEX_CMP_REQUEUE
            default -> -Errno.ENOSYS;
        };
    }

    long getrandom(long buf, long len, long flags) {
        if ((flags & ~7L) != 0) {
            return -Errno.EINVAL;
        }
        int n = (int) Math.min(len < 0 ? Integer.MAX_VALUE : len, 32 << 20);
        p.io.checkWritable(buf, n);
        byte[] b = new byte[n];
        p.randomBytes(b);
        p.io.write(buf, b);
        return n;
    }
}
