package nova.difftest.gen;

/**
 * Byte layout of one case's state block in the generated program. The same block holds the
 * initial state (loaded before the case runs) and, after the case, the final state that the
 * guest writes to stdout with one {@code write} syscall; the data buffer sits in the block too,
 * so what is written is exactly what the case's memory accesses could touch. The buffer comes
 * first so that SP (pointing at its middle) reaches the saved X0/X1 with a positive offset.
 */
public final class StateLayout {
    public static final int BUFFER = 0;
    public static final int BUFFER_SIZE = 4096;
    /** Base registers and SP point at the middle of the buffer: offsets -2048..2047 are inside. */
    public static final int BASE = BUFFER + BUFFER_SIZE / 2;
    public static final int CASE_ID = 4096;
    public static final int X = 4104;       // X0..X30, 8 bytes each
    public static final int NZCV = 4352;
    public static final int FPCR = 4360;
    public static final int FPSR = 4368;
    public static final int SP = 4376;
    /** The signal that ended the case (4 SIGILL, 7 SIGBUS, 11 SIGSEGV), else 0. */
    public static final int SIGNAL = 4384;
    public static final int V = 4608;       // V0..V31, 16 bytes each (low half first)
    public static final int SIZE = V + 512;

    private StateLayout() {}
}
