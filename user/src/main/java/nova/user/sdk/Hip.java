package nova.user.sdk;

import nova.kernel.UserContext;

/**
 * The Hypervisor Information Page (§6.3 with the aarch64 part of §7.7.2), read by the root EC from
 * the address in its initial SP (§7.1.2). A snapshot: the HIP does not change after boot.
 */
public record Hip(long va, int length, int checksum, long novaStart, long novaEnd, long mbufStart, long mbufEnd,
                  long rootStart, long rootEnd, long acpiRsdp, long uefiMap, long uefiMapSize, int uefiDescSize,
                  int uefiDescVersion, long stcHz, long selNum, int selHostArch, int selHostNova,
                  int selGuestArch, int selGuestNova, int cpuNum, int cpuBsp, int intPin, int intMsi,
                  int mcoObj, int mcoHost, int mcoGuest, int mcoDma, int mcoPio, int mcoMsr, int kiMax,
                  long features, int smgNum, int ctxNum) {

    /** §6.3: "NOVA" in little-endian ASCII. */
    public static final int SIGNATURE = 0x41564f4e;
    /** §7.7.1 platform feature bit: the SMMU is enabled. */
    public static final long FEATURE_SMMU = 1;

    /**
     * Reads the HIP at {@code va}.
     *
     * @throws IllegalStateException if the signature or checksum is wrong: the caller is not the root
     *                               EC or the kernel is broken, and nothing else in the HIP can be trusted
     */
    public static Hip read(UserContext ctx, long va) {
        long w0 = ctx.read64(va);
        if ((int) w0 != SIGNATURE)
            throw new IllegalStateException("no HIP at 0x" + Long.toHexString(va) + ": signature 0x"
                    + Integer.toHexString((int) w0));
        int length = (int) (w0 >>> 48);
        if (length < 0x88 || length > 4096 || (length & 1) != 0)
            throw new IllegalStateException("HIP length " + length + " is implausible");
        int sum = 0;
        for (int off = 0; off < length; off += 2)
            sum += (ctx.read8(va + off) & 0xff) | (ctx.read8(va + off + 1) & 0xff) << 8;
        if ((sum & 0xffff) != 0)
            throw new IllegalStateException("HIP checksum mismatch (16-bit sum 0x" + Integer.toHexString(sum & 0xffff) + ")");
        long w48 = ctx.read64(va + 0x48), w60 = ctx.read64(va + 0x60), w68 = ctx.read64(va + 0x68),
                w70 = ctx.read64(va + 0x70), arch0 = ctx.read64(va + 0x80);
        return new Hip(va, length, (int) (w0 >>> 32 & 0xffff),
                ctx.read64(va + 0x08), ctx.read64(va + 0x10), ctx.read64(va + 0x18), ctx.read64(va + 0x20),
                ctx.read64(va + 0x28), ctx.read64(va + 0x30), ctx.read64(va + 0x38), ctx.read64(va + 0x40),
                w48 & 0xffff_ffffL, (int) (w48 >>> 32 & 0xffff), (int) (w48 >>> 48),
                ctx.read64(va + 0x50), ctx.read64(va + 0x58),
                u16(w60, 0), u16(w60, 16), u16(w60, 32), u16(w60, 48),
                u16(w68, 0), u16(w68, 16), u16(w68, 32), u16(w68, 48),
                u8(w70, 0), u8(w70, 8), u8(w70, 16), u8(w70, 24), u8(w70, 32), u8(w70, 40), u16(w70, 48),
                ctx.read64(va + 0x78), u16(arch0, 0), u16(arch0, 16));
    }

    private static int u16(long w, int shift) { return (int) (w >>> shift & 0xffff); }
    private static int u8(long w, int shift) { return (int) (w >>> shift & 0xff); }

    /** §7.4.1: the HIP sits 4 KiB below the end of user-accessible memory, so 2^H = HIP + 4 KiB. */
    public long userVaLimit() {
        return va + 4096;
    }
}
