package nova.kernel;

/** Hypercall status codes (§5.1.2); {@link #code()} is the value returned in X0. */
public enum Status {
    SUCCESS(0x0), TIMEOUT(0x1), ABORTED(0x2), OVRFLOW(0x3), BAD_HYP(0x4), BAD_CAP(0x5),
    BAD_PAR(0x6), BAD_FTR(0x7), BAD_CPU(0x8), BAD_DEV(0x9), MEM_OBJ(0xa), MEM_CAP(0xb);

    private static final Status[] BY_CODE = values();
    private final int code;

    Status(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    /** The status for a code, or {@code null} for a reserved value (≥ 0xc). */
    public static Status of(long code) {
        return code >= 0 && code < BY_CODE.length ? BY_CODE[(int) code] : null;
    }
}
