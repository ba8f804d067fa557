package nova.linuxuser.stack;

/** Auxiliary vector tags (include/uapi/linux/auxvec.h, arch/arm64 AT_MINSIGSTKSZ). */
public final class Aux {
    public static final int AT_NULL = 0;
    public static final int AT_PHDR = 3;
    public static final int AT_PHENT = 4;
    public static final int AT_PHNUM = 5;
    public static final int AT_PAGESZ = 6;
    public static final int AT_BASE = 7;
    public static final int AT_FLAGS = 8;
    public static final int AT_ENTRY = 9;
    public static final int AT_UID = 11;
    public static final int AT_EUID = 12;
    public static final int AT_GID = 13;
    public static final int AT_EGID = 14;
    public static final int AT_PLATFORM = 15;
    public static final int AT_HWCAP = 16;
    public static final int AT_CLKTCK = 17;
    public static final int AT_SECURE = 23;
    public static final int AT_RANDOM = 25;
    public static final int AT_HWCAP2 = 26;
    public static final int AT_EXECFN = 31;
    public static final int AT_MINSIGSTKSZ = 51;

    /** The signal frame size arm64 Linux reports without SVE/SME state (also glibc's MINSIGSTKSZ). */
    public static final long MINSIGSTKSZ = 5120;
    /** USER_HZ: the unit of times() and of /proc tick counts. */
    public static final long CLOCK_TICKS = 100;

    private Aux() {}
}
