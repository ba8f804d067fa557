package nova.difftest.gen;

/** The ARMv8.0 crypto extension: AES, SHA-1, SHA-256 and 64-bit polynomial multiply (PMULL/PMULL2 .1q). */
final class CryptoGen {
    private CryptoGen() {}

    static void one(Gen g) {
        int d = g.v(), n = g.v(), m = g.v();
        switch (g.rnd(9)) {
            case 0, 1 -> g.emit(g.pick("aese", "aesd") + " v" + d + ".16b, v" + n + ".16b");
            case 2 -> g.emit(g.pick("aesmc", "aesimc") + " v" + d + ".16b, v" + n + ".16b");
            case 3 -> g.emit(g.pick("sha1c", "sha1p", "sha1m") + " q" + d + ", s" + n + ", v" + m + ".4s");
            case 4 -> g.emit(g.r.nextBoolean() ? "sha1h s" + d + ", s" + n
                    : g.r.nextBoolean() ? "sha1su0 v" + d + ".4s, v" + n + ".4s, v" + m + ".4s" : "sha1su1 v" + d + ".4s, v" + n + ".4s");
            case 5 -> g.emit(g.pick("sha256h", "sha256h2") + " q" + d + ", q" + n + ", v" + m + ".4s");
            case 6 -> g.emit(g.r.nextBoolean() ? "sha256su0 v" + d + ".4s, v" + n + ".4s"
                    : "sha256su1 v" + d + ".4s, v" + n + ".4s, v" + m + ".4s");
            default -> g.emit(g.r.nextBoolean() ? "pmull v" + d + ".1q, v" + n + ".1d, v" + m + ".1d"
                    : "pmull2 v" + d + ".1q, v" + n + ".2d, v" + m + ".2d");
        }
    }
}
