package nova.hw.aarch64;

/** Placeholder until the A64 core lands (issue 3). */
public final class Cpu {
    private Cpu() {}
}
