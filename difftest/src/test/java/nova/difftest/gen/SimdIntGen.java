package nova.difftest.gen;

/**
 * AdvSIMD integer: three-same, two-register misc, across lanes, three-different (long, wide,
 * narrow-high), shifts by immediate (incl. rounding/saturating narrowing), modified immediates,
 * copies (DUP/INS/UMOV/SMOV), by-element multiplies, permutes, EXT and TBL/TBX, and the scalar
 * forms of all of these. Arrangements are drawn from the sets each instruction allows.
 */
final class SimdIntGen {
    private SimdIntGen() {}

    static final String[] ALL = {"8b", "16b", "4h", "8h", "2s", "4s", "2d"};
    static final String[] BHS = {"8b", "16b", "4h", "8h", "2s", "4s"};
    static final String[] HS = {"4h", "8h", "2s", "4s"};
    static final String[] B = {"8b", "16b"};

    static int esize(String arr) {
        return switch (arr.charAt(arr.length() - 1)) {
            case 'b' -> 8;
            case 'h' -> 16;
            case 's' -> 32;
            default -> 64;
        };
    }

    static String v(int n, String arr) {
        return "v" + n + "." + arr;
    }

    /** Three registers of one arrangement. */
    static String same3(Gen g, String op, String arr) {
        return op + " " + v(g.v(), arr) + ", " + v(g.v(), arr) + ", " + v(g.v(), arr);
    }

    // {wide, narrow} arrangement pairs for long/narrow forms; index 0..2 = non-"2", 3..5 = "2"
    static final String[][] LONG = {{"8h", "8b"}, {"4s", "4h"}, {"2d", "2s"}, {"8h", "16b"}, {"4s", "8h"}, {"2d", "4s"}};

    static void one(Gen g) {
        switch (g.rnd(22)) {
            case 0, 1 -> g.emit(same3(g, g.pick("add", "sub", "cmeq", "cmge", "cmgt", "cmhi", "cmhs", "cmtst", "sqadd",
                    "uqadd", "sqsub", "uqsub", "sshl", "ushl", "sqshl", "uqshl", "srshl", "urshl", "sqrshl", "uqrshl",
                    "addp", "zip1", "zip2", "uzp1", "uzp2", "trn1", "trn2"), g.pick(ALL)));
            case 2, 3 -> g.emit(same3(g, g.pick("mul", "mla", "mls", "shadd", "uhadd", "shsub", "uhsub", "srhadd", "urhadd",
                    "smax", "umax", "smin", "umin", "sabd", "uabd", "saba", "uaba", "smaxp", "umaxp", "sminp", "uminp"),
                    g.pick(BHS)));
            case 4 -> g.emit(g.chance(30) ? same3(g, g.pick("sqdmulh", "sqrdmulh"), g.pick(HS))
                    : same3(g, g.pick("and", "orr", "orn", "bic", "eor", "bsl", "bit", "bif", "pmul"), g.pick(B)));
            case 5 -> misc(g);
            case 6 -> {
                int k = g.rnd(6);
                String op = g.pick("xtn", "sqxtn", "uqxtn", "sqxtun");
                if (k < 3) g.emit(op + " " + v(g.v(), LONG[k][1]) + ", " + v(g.v(), LONG[k][0]));
                else g.emit(op + "2 " + v(g.v(), LONG[k][1]) + ", " + v(g.v(), LONG[k - 3][0]));
            }
            case 7 -> {
                String[][] pl = {{"4h", "8b"}, {"8h", "16b"}, {"2s", "4h"}, {"4s", "8h"}, {"1d", "2s"}, {"2d", "4s"}};
                String[] p = g.pick(pl);
                g.emit(g.pick("saddlp", "uaddlp", "sadalp", "uadalp") + " " + v(g.v(), p[0]) + ", " + v(g.v(), p[1]));
            }
            case 8 -> {
                int k = g.rnd(6);
                g.emit((k < 3 ? "shll " : "shll2 ") + v(g.v(), LONG[k][0]) + ", " + v(g.v(), LONG[k][1]) + ", #" + esize(LONG[k][1]));
            }
            case 9 -> {
                String[][] pl = {{"b", "8b"}, {"b", "16b"}, {"h", "4h"}, {"h", "8h"}, {"s", "4s"}};
                String[][] ll = {{"h", "8b"}, {"h", "16b"}, {"s", "4h"}, {"s", "8h"}, {"d", "4s"}};
                if (g.r.nextBoolean()) {
                    String[] p = g.pick(pl);
                    g.emit(g.pick("addv", "smaxv", "sminv", "umaxv", "uminv") + " " + p[0] + g.v() + ", " + v(g.v(), p[1]));
                } else {
                    String[] p = g.pick(ll);
                    g.emit(g.pick("saddlv", "uaddlv") + " " + p[0] + g.v() + ", " + v(g.v(), p[1]));
                }
            }
            case 10 -> {
                int k = g.rnd(6);
                String op = g.pick("saddl", "uaddl", "ssubl", "usubl", "sabal", "uabal", "sabdl", "uabdl", "smull", "umull",
                        "smlal", "umlal", "smlsl", "umlsl");
                g.emit((k < 3 ? op : op + "2") + " " + v(g.v(), LONG[k][0]) + ", " + v(g.v(), LONG[k][1]) + ", " + v(g.v(), LONG[k][1]));
            }
            case 11 -> {
                int k = g.rnd(6);
                int kw = k % 3;
                switch (g.rnd(4)) {
                    case 0, 1 -> {
                        String op = g.pick("saddw", "uaddw", "ssubw", "usubw");
                        g.emit((k < 3 ? op : op + "2") + " " + v(g.v(), LONG[kw][0]) + ", " + v(g.v(), LONG[kw][0]) + ", " + v(g.v(), LONG[k][1]));
                    }
                    case 2 -> {
                        String op = g.pick("addhn", "raddhn", "subhn", "rsubhn");
                        g.emit((k < 3 ? op : op + "2") + " " + v(g.v(), LONG[k][1]) + ", " + v(g.v(), LONG[kw][0]) + ", " + v(g.v(), LONG[kw][0]));
                    }
                    default -> {
                        int j = g.pickInt(1, 2, 4, 5);
                        String op = g.pick("sqdmull", "sqdmlal", "sqdmlsl");
                        if (g.chance(30)) { op = "pmull"; j = g.pickInt(0, 3); }
                        g.emit((j < 3 ? op : op + "2") + " " + v(g.v(), LONG[j][0]) + ", " + v(g.v(), LONG[j][1]) + ", " + v(g.v(), LONG[j][1]));
                    }
                }
            }
            case 12, 13 -> shiftImm(g);
            case 14 -> modImm(g);
            case 15 -> copy(g);
            case 16 -> byElement(g);
            case 17 -> {
                String arr = g.pick(B);
                if (g.chance(40)) {
                    g.emit("ext " + v(g.v(), arr) + ", " + v(g.v(), arr) + ", " + v(g.v(), arr) + ", #" + g.rnd(esizeLanes(arr)));
                } else {
                    int first = g.v(), count = g.between(1, 4);
                    StringBuilder list = new StringBuilder("{");
                    for (int i = 0; i < count; i++) list.append(i > 0 ? ", " : "").append(v((first + i) % 32, "16b"));
                    list.append("}");
                    g.emit(g.pick("tbl", "tbx") + " " + v(g.v(), arr) + ", " + list + ", " + v(g.v(), arr));
                }
            }
            default -> scalar(g);
        }
    }

    static int esizeLanes(String arr) {
        return arr.equals("8b") ? 8 : 16;
    }

    static void misc(Gen g) {
        switch (g.rnd(6)) {
            case 0 -> {
                String a = g.pick(ALL);
                g.emit(g.pick("abs", "neg", "sqabs", "sqneg", "suqadd", "usqadd") + " " + v(g.v(), a) + ", " + v(g.v(), a));
            }
            case 1 -> {
                String a = g.pick(ALL);
                g.emit(g.pick("cmeq", "cmge", "cmgt", "cmle", "cmlt") + " " + v(g.v(), a) + ", " + v(g.v(), a) + ", #0");
            }
            case 2 -> {
                String a = g.pick(BHS);
                g.emit(g.pick("cls", "clz") + " " + v(g.v(), a) + ", " + v(g.v(), a));
            }
            case 3 -> {
                String a = g.pick(B);
                g.emit(g.pick("cnt", "rbit", "not", "rev16") + " " + v(g.v(), a) + ", " + v(g.v(), a));
            }
            case 4 -> {
                String a = g.pick("8b", "16b", "4h", "8h");
                g.emit("rev32 " + v(g.v(), a) + ", " + v(g.v(), a));
            }
            default -> {
                String a = g.pick(BHS);
                g.emit("rev64 " + v(g.v(), a) + ", " + v(g.v(), a));
            }
        }
    }

    static void shiftImm(Gen g) {
        switch (g.rnd(5)) {
            case 0 -> {
                String a = g.pick(ALL);
                int e = esize(a);
                g.emit(g.pick("shl", "sli", "sqshl", "uqshl", "sqshlu") + " " + v(g.v(), a) + ", " + v(g.v(), a) + ", #" + g.rnd(e));
            }
            case 1, 2 -> {
                String a = g.pick(ALL);
                int e = esize(a);
                g.emit(g.pick("sshr", "ushr", "ssra", "usra", "srshr", "urshr", "srsra", "ursra", "sri") + " " + v(g.v(), a)
                        + ", " + v(g.v(), a) + ", #" + g.between(1, e));
            }
            case 3 -> {
                int k = g.rnd(6);
                String op = g.pick("shrn", "rshrn", "sqshrn", "uqshrn", "sqrshrn", "uqrshrn", "sqshrun", "sqrshrun");
                String narrow = LONG[k][1];
                g.emit((k < 3 ? op : op + "2") + " " + v(g.v(), narrow) + ", " + v(g.v(), LONG[k % 3][0]) + ", #"
                        + g.between(1, esize(narrow)));
            }
            default -> {
                int k = g.rnd(6);
                String narrow = LONG[k][1];
                if (g.chance(25)) {
                    g.emit(g.pick("sxtl", "uxtl") + (k < 3 ? " " : "2 ") + v(g.v(), LONG[k][0]) + ", " + v(g.v(), narrow));
                } else {
                    g.emit(g.pick("sshll", "ushll") + (k < 3 ? " " : "2 ") + v(g.v(), LONG[k][0]) + ", " + v(g.v(), narrow)
                            + ", #" + g.rnd(esize(narrow)));
                }
            }
        }
    }

    static void modImm(Gen g) {
        int imm8 = g.rnd(256);
        switch (g.rnd(6)) {
            case 0 -> g.emit("movi " + v(g.v(), g.pick(B)) + ", #" + imm8);
            case 1 -> g.emit(g.pick("movi", "mvni", "orr", "bic") + " " + v(g.v(), g.pick("4h", "8h")) + ", #" + imm8
                    + ", lsl #" + g.pickInt(0, 8));
            case 2 -> g.emit(g.pick("movi", "mvni", "orr", "bic") + " " + v(g.v(), g.pick("2s", "4s")) + ", #" + imm8
                    + ", lsl #" + g.pickInt(0, 8, 16, 24));
            case 3 -> g.emit(g.pick("movi", "mvni") + " " + v(g.v(), g.pick("2s", "4s")) + ", #" + imm8 + ", msl #" + g.pickInt(8, 16));
            default -> {
                long mask = 0;
                for (int i = 0; i < 8; i++) if (g.r.nextBoolean()) mask |= 0xffL << (8 * i);
                g.emit("movi " + (g.r.nextBoolean() ? "d" + g.v() : v(g.v(), "2d")) + ", #0x" + Long.toHexString(mask));
            }
        }
    }

    static final String[] ELEM = {"b", "h", "s", "d"};

    static void copy(Gen g) {
        int k = g.rnd(4);
        String e = ELEM[k];
        int lanes = 16 >> k;
        switch (g.rnd(6)) {
            case 0 -> {
                String a = k == 3 ? "2d" : g.pick((8 >> k) + e, (16 >> k) + e);
                g.emit("dup " + v(g.v(), a) + ", v" + g.v() + "." + e + "[" + g.rnd(lanes) + "]");
            }
            case 1 -> {
                String a = k == 3 ? "2d" : g.pick((8 >> k) + e, (16 >> k) + e);
                g.emit("dup " + v(g.v(), a) + ", " + (k == 3 ? Gen.xz(g.rnd(32)) : Gen.wz(g.rnd(32))));
            }
            case 2 -> g.emit("ins v" + g.v() + "." + e + "[" + g.rnd(lanes) + "], v" + g.v() + "." + e + "[" + g.rnd(lanes) + "]");
            case 3 -> g.emit("ins v" + g.v() + "." + e + "[" + g.rnd(lanes) + "], " + (k == 3 ? Gen.xz(g.rnd(32)) : Gen.wz(g.rnd(32))));
            case 4 -> g.emit("umov " + (k == 3 ? "x" : "w") + g.dst() + ", v" + g.v() + "." + e + "[" + g.rnd(lanes) + "]");
            default -> {
                int kk = g.rnd(3);
                boolean x = kk == 2 || g.r.nextBoolean();
                g.emit("smov " + (x ? "x" : "w") + g.dst() + ", v" + g.v() + "." + ELEM[kk] + "[" + g.rnd(16 >> kk) + "]");
            }
        }
    }

    /** By-element operand: H elements only reach V0..V15. */
    static String elem(Gen g, int esize) {
        return esize == 16 ? "v" + g.rnd(16) + ".h[" + g.rnd(8) + "]" : "v" + g.v() + ".s[" + g.rnd(4) + "]";
    }

    static void byElement(Gen g) {
        if (g.r.nextBoolean()) {
            String a = g.pick(HS);
            g.emit(g.pick("mul", "mla", "mls", "sqdmulh", "sqrdmulh") + " " + v(g.v(), a) + ", " + v(g.v(), a) + ", " + elem(g, esize(a)));
        } else {
            int j = g.pickInt(1, 2, 4, 5);
            String op = g.pick("smull", "umull", "smlal", "umlal", "smlsl", "umlsl", "sqdmull", "sqdmlal", "sqdmlsl");
            g.emit((j < 3 ? op : op + "2") + " " + v(g.v(), LONG[j][0]) + ", " + v(g.v(), LONG[j][1]) + ", " + elem(g, esize(LONG[j][1])));
        }
    }

    static void scalar(Gen g) {
        int k = g.rnd(4);
        String e = ELEM[k];
        int esz = 8 << k;
        switch (g.rnd(12)) {
            case 0 -> g.emit(g.pick("add", "sub", "cmeq", "cmge", "cmgt", "cmhi", "cmhs", "cmtst", "sshl", "ushl", "srshl", "urshl")
                    + " d" + g.v() + ", d" + g.v() + ", d" + g.v());
            case 1 -> g.emit(g.pick("sqadd", "uqadd", "sqsub", "uqsub", "sqshl", "uqshl", "sqrshl", "uqrshl") + " " + e + g.v()
                    + ", " + e + g.v() + ", " + e + g.v());
            case 2 -> {
                String p = g.pick("h", "s");
                if (g.r.nextBoolean()) g.emit(g.pick("sqdmulh", "sqrdmulh") + " " + p + g.v() + ", " + p + g.v() + ", " + p + g.v());
                else g.emit(g.pick("sqdmulh", "sqrdmulh") + " " + p + g.v() + ", " + p + g.v() + ", " + elem(g, p.equals("h") ? 16 : 32));
            }
            case 3 -> {
                if (g.r.nextBoolean()) g.emit(g.pick("abs", "neg") + " d" + g.v() + ", d" + g.v());
                else g.emit(g.pick("sqabs", "sqneg", "suqadd", "usqadd") + " " + e + g.v() + ", " + e + g.v());
            }
            case 4 -> g.emit(g.pick("cmeq", "cmge", "cmgt", "cmle", "cmlt") + " d" + g.v() + ", d" + g.v() + ", #0");
            case 5 -> {
                int n = g.rnd(3);
                g.emit(g.pick("sqxtn", "uqxtn", "sqxtun") + " " + ELEM[n] + g.v() + ", " + ELEM[n + 1] + g.v());
            }
            case 6 -> {
                if (g.r.nextBoolean()) g.emit(g.pick("shl", "sli") + " d" + g.v() + ", d" + g.v() + ", #" + g.rnd(64));
                else g.emit(g.pick("sshr", "ushr", "ssra", "usra", "srshr", "urshr", "srsra", "ursra", "sri") + " d" + g.v()
                        + ", d" + g.v() + ", #" + g.between(1, 64));
            }
            case 7 -> g.emit(g.pick("sqshl", "uqshl", "sqshlu") + " " + e + g.v() + ", " + e + g.v() + ", #" + g.rnd(esz));
            case 8 -> {
                int n = g.rnd(3);
                g.emit(g.pick("sqshrn", "uqshrn", "sqrshrn", "uqrshrn", "sqshrun", "sqrshrun") + " " + ELEM[n] + g.v() + ", "
                        + ELEM[n + 1] + g.v() + ", #" + g.between(1, 8 << n));
            }
            case 9 -> g.emit("addp d" + g.v() + ", v" + g.v() + ".2d");
            case 10 -> g.emit("dup " + e + g.v() + ", v" + g.v() + "." + e + "[" + g.rnd(16 >> k) + "]");
            default -> {
                boolean h = g.r.nextBoolean();
                String op = g.pick("sqdmull", "sqdmlal", "sqdmlsl");
                String wide = h ? "s" : "d", narrow = h ? "h" : "s";
                String m = g.r.nextBoolean() ? narrow + g.v() : elem(g, h ? 16 : 32);
                g.emit(op + " " + wide + g.v() + ", " + narrow + g.v() + ", " + m);
            }
        }
    }
}
