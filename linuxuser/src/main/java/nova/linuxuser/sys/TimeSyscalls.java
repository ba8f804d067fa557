package nova.linuxuser.sys;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import nova.linuxuser.stack.Aux;

/** Clocks, sleeps and CPU-time accounting, all read from the {@link GuestClock}. */
final class TimeSyscalls {
    static final long NS = 1_000_000_000L;
    static final int TIMER_ABSTIME = 1;

    private final LinuxProcess p;

    TimeSyscalls(LinuxProcess p) {
        this.p = p;
    }

    /** A struct timespec {sec, nsec} as stored, without validation. */
    static long[] readTimespecRaw(GuestIo io, long va) {
        ByteBuffer b = ByteBuffer.wrap(io.read(va, 16)).order(ByteOrder.LITTLE_ENDIAN);
        return new long[] {b.getLong(0), b.getLong(8)};
    }

    /** A struct timespec that must be a valid duration or time: EINVAL otherwise. */
    static long[] readTimespec(GuestIo io, long va) {
        long[] ts = readTimespecRaw(io, va);
        if (ts[0] < 0 || ts[1] < 0 || ts[1] >= NS) {
            throw new SysError(Errno.EINVAL);
        }
        return ts;
    }

    private void writeTimespec(long va, long ns) {
        p.io.write(va, ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN)
                .putLong(Math.floorDiv(ns, NS)).putLong(Math.floorMod(ns, NS)).array());
    }

    /** The clock's current value in ns; -1 for an unknown clock id. */
    private long now(long clockId) {
        return switch ((int) clockId) {
            case 0, 5, 8, 11 -> p.clock.realtimeNs(); // REALTIME, REALTIME_COARSE, REALTIME_ALARM, TAI
            case 1, 4, 6, 7, 9 -> p.clock.monotonicNs(); // MONOTONIC(_RAW, _COARSE), BOOTTIME(_ALARM)
            case 2, 3 -> p.clock.cpuNs(); // PROCESS_CPUTIME_ID, THREAD_CPUTIME_ID
            default -> -1;
        };
    }

    long clockGettime(long clockId, long tp) {
        long ns = now(clockId);
        if (ns < 0) {
            return -Errno.EINVAL;
        }
        writeTimespec(tp, ns);
        return 0;
    }

    long clockGetres(long clockId, long res) {
        if (now(clockId) < 0) {
            return -Errno.EINVAL;
        }
        if (res != 0) {
            writeTimespec(res, 1);
        }
        return 0;
    }

    long gettimeofday(long tv, long tz) {
        long ns = p.clock.realtimeNs();
        if (tv != 0) {
            p.io.write(tv, ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN)
                    .putLong(Math.floorDiv(ns, NS)).putLong(Math.floorMod(ns, NS) / 1000).array());
        }
        if (tz != 0) {
            p.io.write(tz, new byte[8]); // UTC, no DST
        }
        return 0;
    }

    long nanosleep(long req, long rem) {
        long[] ts = readTimespec(p.io, req);
        p.clock.sleep(ts[0] > Long.MAX_VALUE / NS ? Long.MAX_VALUE : ts[0] * NS + ts[1]);
        if (rem != 0) {
            p.io.checkWritable(rem, 16);
        }
        return 0;
    }

    long clockNanosleep(long clockId, long flags, long req, long rem) {
        long now = now(clockId);
        if (now < 0 || clockId == 2 || clockId == 3) {
            return -Errno.EINVAL;
        }
        long[] ts = readTimespec(p.io, req);
        long ns = ts[0] > Long.MAX_VALUE / NS ? Long.MAX_VALUE : ts[0] * NS + ts[1];
        p.clock.sleep((flags & TIMER_ABSTIME) != 0 ? ns - now : ns);
        return 0;
    }

    long times(long buf) {
        long ticks = p.clock.cpuNs() / (NS / Aux.CLOCK_TICKS);
        if (buf != 0) {
            p.io.write(buf, ByteBuffer.allocate(32).order(ByteOrder.LITTLE_ENDIAN)
                    .putLong(ticks).putLong(0).putLong(0).putLong(0).array());
        }
        return p.clock.monotonicNs() / (NS / Aux.CLOCK_TICKS);
    }

    long getrusage(long who, long buf) {
        if (who != 0 && who != -1 && who != 1) { // RUSAGE_SELF, RUSAGE_CHILDREN, RUSAGE_THREAD
            return -Errno.EINVAL;
        }
        ByteBuffer b = ByteBuffer.allocate(144).order(ByteOrder.LITTLE_ENDIAN);
        if (who != -1) {
            long ns = p.clock.cpuNs();
            b.putLong(0, ns / NS).putLong(8, ns % NS / 1000);
            long rssKb = 0;
            for (var r : p.space.regions()) {
                rssKb += r.size() / 1024;
            }
            b.putLong(32, rssKb); // ru_maxrss: what is mapped, the harness has no lazier notion
        }
        p.io.write(buf, b.array());
        return 0;
    }
}
