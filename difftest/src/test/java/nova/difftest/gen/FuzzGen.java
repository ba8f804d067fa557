package nova.difftest.gen;

/**
 * Decoder fuzzing: a random 32-bit word from the register-only top-level encoding groups
 * (data processing immediate 100x, register x101, scalar FP and AdvSIMD x111), so that whatever
 * the word does, it touches no memory and does not branch. qemu's cortex-a57 raises SIGILL for
 * exactly the encodings ARMv8.0 (+CRC, crypto) leaves unallocated or that later extensions
 * added; our core must exit UNDEFINED for the same words and compute the same state for the
 * others.
 */
final class FuzzGen {
    private FuzzGen() {}

    private static final int[] OP0 = {0b1000, 0b1001, 0b0101, 0b1101, 0b0111, 0b1111};

    static void one(Gen g) {
        int op0 = OP0[g.rnd(OP0.length)];
        int word = (g.r.nextInt() & ~(0xf << 25)) | (op0 << 25);
        g.emit(String.format(".inst 0x%08x", word));
    }
}
