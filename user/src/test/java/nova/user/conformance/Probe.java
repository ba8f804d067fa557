package nova.user.conformance;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import nova.kernel.Status;

/** Runs root code in a fresh sandbox and hands its observations back to the test thread. */
final class Probe {
    private Probe() {}

    /** The status the root program's last step returned. */
    static Status status(Function<Root, Status> step) {
        return status(new Sandbox(), step);
    }

    static Status status(Sandbox box, Function<Root, Status> step) {
        Status[] got = new Status[1];
        box.run(r -> got[0] = step.apply(r));
        if (got[0] == null) throw new AssertionError("root program did not complete");
        return got[0];
    }

    /** A recorder user code appends to; read it on the test thread after the run. */
    static final class Log {
        private final List<Object> entries = new ArrayList<>();

        synchronized void add(Object o) {
            entries.add(o);
        }

        synchronized List<Object> entries() {
            return List.copyOf(entries);
        }
    }
}
