package nova.user.root;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The demo's debug console: user components print lines stamped with the simulated time they read
 * from their CPU's STC (§3.1), like a memory-buffer console that the host dumps afterwards. The
 * account lists the lines in time order (stable: same time keeps the order of writing), because
 * the simulated CPUs run interleaved and their lines arrive in execution order.
 */
public final class Console {
    private record Line(long stc, long seq, String text) {}

    private final List<Line> lines = new ArrayList<>();
    private final StringBuilder header = new StringBuilder(), footer = new StringBuilder();
    private final long stcHz;

    public Console(long stcHz) {
        this.stcHz = stcHz;
    }

    /** One line: time in microseconds, CPU, component, text. */
    public synchronized void log(long stc, int cpu, String who, String text) {
        long nanos = stcHz == 1_000_000_000L ? stc : Math.multiplyHigh(stc, 1_000_000_000L) != 0
                ? Long.MAX_VALUE : stc * 1_000_000_000L / stcHz;
        lines.add(new Line(stc, lines.size(),
                String.format("[%10d.%03d µs] cpu%-2d %-8s %s\n", nanos / 1000, nanos % 1000, cpu, who, text)));
    }

    /** A line without a time stamp before the time-stamped account. */
    public synchronized void header(String text) {
        header.append(text).append('\n');
    }

    /** A line without a time stamp after the time-stamped account. */
    public synchronized void footer(String text) {
        footer.append(text).append('\n');
    }

    public synchronized String text() {
        StringBuilder b = new StringBuilder(header);
        lines.stream().sorted(Comparator.comparingLong(Line::stc).thenComparingLong(Line::seq))
                .forEach(l -> b.append(l.text()));
        return b.append(footer).toString();
    }
}
