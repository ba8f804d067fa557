package nova.kernel.core;

/**
 * The Hypervisor Information Page (§6.3 with the aarch64 part of §7.7.2), written byte-exactly
 * into its physical page: little-endian fields at the offsets of the HIP figure, and a checksum
 * that makes the 16-bit-wise sum of the whole HIP zero.
 */
public final class Hip {
    public static final int SIGNATURE = 0x41564f4e;   // "NOVA"
    public static final int LENGTH = 0x88;            // generic part (0x80) + aarch64 part (8 bytes)
    /** SELHST/ARCH, SELGST/ARCH: 64 architectural events (§7.6.1); NOVA events: startup, recall, vtimer (§7.6.2). */
    public static final int SEL_ARCH = 0x40, SEL_NOVA = 3;
    /** Maximum contiguous order without partial failure: one 512-entry table per update (§6.3 MCO). */
    public static final int MCO = 9;

    private Hip() {}

    static void write(Kernel k, long pa) {
        PhysMemory m = k.mem;
        m.zero(pa, 4096);
        m.set32(pa, SIGNATURE);
        m.set16(pa + 6, LENGTH);
        m.set64(pa + 0x08, k.novaStart);
        m.set64(pa + 0x10, k.novaEnd);
        m.set64(pa + 0x18, k.mbufStart);
        m.set64(pa + 0x20, k.mbufEnd);
        m.set64(pa + 0x28, k.rootStart);
        m.set64(pa + 0x30, k.rootEnd);
        m.set64(pa + 0x38, -1L);                 // no ACPI RSDP
        m.set64(pa + 0x40, -1L);                 // no UEFI memory map; size, desc size, version stay 0
        m.set64(pa + 0x50, k.cfg.stcHz());
        m.set64(pa + 0x58, Kernel.SELNUM);
        m.set16(pa + 0x60, SEL_ARCH);            // SELHST/ARCH
        m.set16(pa + 0x62, SEL_NOVA);            // SELHST/NOVA
        m.set16(pa + 0x64, SEL_ARCH);            // SELGST/ARCH
        m.set16(pa + 0x66, SEL_NOVA);            // SELGST/NOVA
        m.set16(pa + 0x68, k.cfg.cpus());        // CPUNUM
        m.set16(pa + 0x6a, 0);                   // CPUBSP
        m.set16(pa + 0x6c, Kernel.INTPIN);       // INTPIN
        m.set16(pa + 0x6e, 0);                   // INTMSI
        m.set8(pa + 0x70, MCO);                  // MCOOBJ
        m.set8(pa + 0x71, MCO);                  // MCOHST
        m.set8(pa + 0x72, MCO);                  // MCOGST
        m.set8(pa + 0x73, MCO);                  // MCODMA
        m.set8(pa + 0x74, 0);                    // MCOPIO: no PIO spaces on Arm
        m.set8(pa + 0x75, 0);                    // MCOMSR: no MSR spaces on Arm
        m.set16(pa + 0x76, 0);                   // KIMAX: no memory keys
        m.set64(pa + 0x78, 0);                   // platform features: no SMMU (§7.7.1)
        m.set16(pa + 0x80, 0);                   // SMGNUM (§7.7.2)
        m.set16(pa + 0x82, 0);                   // CTXNUM
        int sum = 0;
        for (int off = 0; off < LENGTH; off += 2) sum += m.get16(pa + off);
        m.set16(pa + 4, -sum & 0xffff);
    }
}
