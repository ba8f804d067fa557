package nova.user.sdk;

/** Device Assignment Descriptor (§7.7.6): SID[15:0], SID mask[31:16], SMG[39:32], CTX[47:40]. */
public final class Dad {
    private Dad() {}

    public static long of(int sid, int sidMask, int smg, int ctx) {
        return (sid & 0xffffL) | (sidMask & 0xffffL) << 16 | (smg & 0xffL) << 32 | (ctx & 0xffL) << 40;
    }
}
