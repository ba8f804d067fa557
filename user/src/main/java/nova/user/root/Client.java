package nova.user.root;

/**
 * The demo's client programs. Each runs as a global EC in its own PD; the root passes its index,
 * CPU, priority, request count and first argument through the client table (see {@link Layout}).
 */
enum Client {
    ALPHA("alpha", Role.SQUARES, 10),
    BETA("beta", Role.SQUARES, 10),
    GAMMA("gamma", Role.WAITER, 10),
    SLOW("slow", Role.SLOW, 5),
    URGENT("urgent", Role.URGENT, 20);

    enum Role {
        /** A few square requests, and one attempt to use a permission it was not given. */
        SQUARES,
        /** Waits on a semaphore nobody signals (timeout), then makes requests. */
        WAITER,
        /** One slow request that keeps the server busy. */
        SLOW,
        /** Arrives while the server is busy: T=1 times out, T=0 helps the pending request. */
        URGENT
    }

    final String label;
    final Role role;
    final int prio;

    Client(String label, Role role, int prio) {
        this.label = label;
        this.role = role;
        this.prio = prio;
    }

    /** The CPU a client runs on: workers are CPUs 1..n-1 (all on CPU 0 if there is only one). */
    int cpu(int cpus) {
        if (cpus == 1) return 0;
        int workers = cpus - 1;
        return 1 + switch (this) {
            case ALPHA -> 0;
            case BETA, GAMMA -> Math.min(1, workers - 1);
            case SLOW, URGENT -> workers - 1;
        };
    }
}
