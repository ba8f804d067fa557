package nova.kernel;

import java.util.Arrays;
import java.util.TreeMap;

/**
 * A Java program image: user code placed at virtual addresses, like an ELF's text segment,
 * followed by zeroed data pages. The kernel loads the root image into physical memory at boot and
 * maps it into the root host space (§6.2.1, §6.2.3.2); execution then follows the host-space
 * mapping of each IP, so a child PD runs exactly the code pages that were delegated to it.
 */
public final class JavaImage {
    /** Page size of host spaces (§7.4.1). */
    public static final long PAGE = 4096;

    private final long base;
    private final long size;
    private final long entry;
    private final long[] ips;
    private final UserCode[] codes;

    private JavaImage(long base, long size, long entry, long[] ips, UserCode[] codes) {
        this.base = base;
        this.size = size;
        this.entry = entry;
        this.ips = ips;
        this.codes = codes;
    }

    public static Builder builder(long baseVa) {
        return new Builder(baseVa);
    }

    /** Virtual address of the first byte of the image (page aligned). */
    public long base() {
        return base;
    }

    /** Size in bytes, a multiple of {@link #PAGE}: code pages followed by data pages. */
    public long size() {
        return size;
    }

    /** The root EC's initial instruction pointer (§7.1.2). */
    public long entry() {
        return entry;
    }

    /** Number of code entry points in the image. */
    public int codeCount() {
        return ips.length;
    }

    /** Virtual address of the {@code i}-th entry point (ascending order). */
    public long codeAddress(int i) {
        return ips[i];
    }

    /** The code at the {@code i}-th entry point. */
    public UserCode code(int i) {
        return codes[i];
    }

    public static final class Builder {
        private final long base;
        private final TreeMap<Long, UserCode> code = new TreeMap<>();
        private long entry = -1;
        private long dataBytes;

        private Builder(long base) {
            if ((base & (PAGE - 1)) != 0 || base < 0)
                throw new IllegalArgumentException("image base 0x" + Long.toHexString(base) + " is not a page-aligned address");
            this.base = base;
        }

        /** The root EC's entry point (§7.1.2); also registered as code. */
        public Builder entry(long ip, UserCode c) {
            code(ip, c);
            entry = ip;
            return this;
        }

        /** Any other entry point (portal handlers, EC entries). */
        public Builder code(long ip, UserCode c) {
            if (c == null) throw new IllegalArgumentException("code at 0x" + Long.toHexString(ip) + " is null");
            if ((ip & 3) != 0) throw new IllegalArgumentException("IP 0x" + Long.toHexString(ip) + " is not 4-byte aligned");
            if (ip < base) throw new IllegalArgumentException("IP 0x" + Long.toHexString(ip) + " lies below the image base");
            if (code.putIfAbsent(ip, c) != null)
                throw new IllegalArgumentException("IP 0x" + Long.toHexString(ip) + " is used twice");
            return this;
        }

        /** Extra zeroed bytes after the code (stacks, UTCBs, buffers), rounded up to pages. */
        public Builder data(long bytes) {
            if (bytes < 0 || bytes > (1L << 40)) throw new IllegalArgumentException("bad data size " + bytes);
            dataBytes = Math.addExact(dataBytes, bytes);
            return this;
        }

        public JavaImage build() {
            if (entry < 0) throw new IllegalArgumentException("image has no entry point");
            long size;
            try {
                long codeSize = roundUp(Math.addExact(code.lastKey(), 4) - base);
                size = Math.addExact(codeSize, roundUp(dataBytes));
                Math.addExact(base, size);
            } catch (ArithmeticException e) {
                throw new IllegalArgumentException("image does not fit in the 64-bit address space");
            }
            long[] ips = code.keySet().stream().mapToLong(Long::longValue).toArray();
            UserCode[] codes = code.values().toArray(UserCode[]::new);
            return new JavaImage(base, size, entry, Arrays.copyOf(ips, ips.length), codes);
        }

        private static long roundUp(long v) {
            return Math.addExact(v, PAGE - 1) & ~(PAGE - 1);
        }
    }
}
