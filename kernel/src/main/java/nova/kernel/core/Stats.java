package nova.kernel.core;

/** Counters for {@code Nova.statistics()} and for tests. */
final class Stats {
    static final String[] NAMES = {"ipc_call", "ipc_reply", "create_pd", "create_ec", "create_sc", "create_pt",
            "create_sm", "ctrl_pd", "ctrl_ec", "ctrl_sc", "ctrl_pt", "ctrl_sm", "ctrl_hw", "assign_int", "assign_dev",
            "reserved(0xf)"};
    final long[] hypercalls = new long[16];
    long ipcs, events, helps, kills, faults, userErrors, lastResortGuards;
    final StringBuilder log = new StringBuilder();

    void log(String line) {
        if (log.length() < 64_000) log.append(line).append('\n');
    }
}
