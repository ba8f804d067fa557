package nova.hw.aarch64;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Random A64 loop programs made of the instructions {@link JitCompiler} translates, for the
 * differential tests against the interpreter. Registers: X0..X7 random operands (the only
 * destinations), X8 data base, X9 loop counter, X10 pre/post-index base (reset every iteration),
 * X11 a small index, X12 branch targets, X30 BL links. All branches inside the body go forward,
 * so the program always ends at its {@code brk #0}.
 */
final class JitProgramGen {
    private final Random rnd;
    private final List<Integer> out = new ArrayList<>();

    JitProgramGen(long seed) {
        rnd = new Random(seed);
    }

    /** loop: add x10, x8, #256; body; sub x9, x9, #1; cbnz x9, loop; brk #0. */
    int[] loop(int bodyLength) {
        out.clear();
        out.add(addImm(1, 0, 0, 10, 8, 256, 0));
        while (out.size() < bodyLength) {
            emitRandom();
        }
        out.add(addImm(1, 1, 0, 9, 9, 1, 0));
        int back = -out.size();
        out.add(0xB5000000 | (back & 0x7FFFF) << 5 | 9); // cbnz x9, loop
        out.add(Machine.BRK0);
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    private int reg() {
        return rnd.nextInt(8);
    }

    /** A source register: X0..X7 mostly, sometimes the zero register (or SP where it is one). */
    private int src() {
        return rnd.nextInt(10) == 0 ? 31 : reg();
    }

    private int sf() {
        return rnd.nextInt(3) == 0 ? 0 : 1;
    }

    static int addImm(int sf, int op, int s, int rd, int rn, int imm12, int sh) {
        return sf << 31 | op << 30 | s << 29 | 0b100010 << 23 | sh << 22 | imm12 << 10 | rn << 5 | rd;
    }

    private void emitRandom() {
        int sf = sf();
        int rd = reg();
        int rn = src();
        int rm = src();
        switch (rnd.nextInt(29)) {
            case 0 -> {
                int s = rnd.nextInt(2);
                out.add(addImm(sf, rnd.nextInt(2), s, s == 1 && rnd.nextInt(4) == 0 ? 31 : rd,
                        rn == 31 ? reg() : rn, rnd.nextInt(4096), rnd.nextInt(2)));
            }
            case 1 -> {
                int n;
                int immr;
                int imms;
                do {
                    n = sf == 1 ? rnd.nextInt(2) : 0;
                    immr = rnd.nextInt(sf == 1 ? 64 : 32);
                    imms = rnd.nextInt(sf == 1 ? 64 : 32);
                } while (Bitmasks.mask(n, immr, imms) == 0);
                out.add(sf << 31 | rnd.nextInt(4) << 29 | 0b100100 << 23 | n << 22 | immr << 16
                        | imms << 10 | rn << 5 | rd);
            }
            case 2 -> {
                int opc = new int[] {0, 2, 3}[rnd.nextInt(3)];
                int hw = rnd.nextInt(sf == 1 ? 4 : 2);
                out.add(sf << 31 | opc << 29 | 0b100101 << 23 | hw << 21 | rnd.nextInt(65536) << 5 | rd);
            }
            case 3 -> {
                int size = sf == 1 ? 64 : 32;
                out.add(sf << 31 | rnd.nextInt(3) << 29 | 0b100110 << 23 | sf << 22
                        | rnd.nextInt(size) << 16 | rnd.nextInt(size) << 10 | rn << 5 | rd);
            }
            case 4 -> out.add(sf << 31 | 0b00100111 << 23 | sf << 22 | rm << 16
                    | rnd.nextInt(sf == 1 ? 64 : 32) << 10 | rn << 5 | rd);
            case 5 -> {
                int imm = rnd.nextInt(1 << 21) - (1 << 20);
                out.add(rnd.nextInt(2) << 31 | (imm & 3) << 29 | 0b10000 << 24 | ((imm >> 2) & 0x7FFFF) << 5 | rd);
            }
            case 6 -> out.add(sf << 31 | rnd.nextInt(4) << 29 | 0b01010 << 24 | rnd.nextInt(4) << 22
                    | rnd.nextInt(2) << 21 | rm << 16 | rnd.nextInt(sf == 1 ? 64 : 32) << 10 | rn << 5 | rd);
            case 7 -> {
                int s = rnd.nextInt(2);
                out.add(sf << 31 | rnd.nextInt(2) << 30 | s << 29 | 0b01011 << 24 | rnd.nextInt(3) << 22
                        | rm << 16 | rnd.nextInt(sf == 1 ? 64 : 32) << 10 | rn << 5
                        | (s == 1 && rnd.nextInt(4) == 0 ? 31 : rd));
            }
            case 8 -> out.add(sf << 31 | rnd.nextInt(2) << 30 | 1 << 29 | 0b01011 << 24 | 1 << 21
                    | rm << 16 | rnd.nextInt(8) << 13 | rnd.nextInt(5) << 10 | reg() << 5 | rd);
            case 9 -> out.add(sf << 31 | rnd.nextInt(4) << 29 | 0b11010000 << 21 | rm << 16 | rn << 5 | rd);
            case 10 -> out.add(sf << 31 | rnd.nextInt(2) << 30 | 1 << 29 | 0b11010010 << 21
                    | (rnd.nextBoolean() ? rm : rnd.nextInt(32)) << 16 | rnd.nextInt(16) << 12
                    | rnd.nextInt(2) << 11 | rn << 5 | rnd.nextInt(16));
            case 11 -> out.add(sf << 31 | rnd.nextInt(2) << 30 | 0b11010100 << 21 | rm << 16
                    | rnd.nextInt(16) << 12 | rnd.nextInt(2) << 10 | rn << 5 | rd);
            case 12 -> {
                int opcode = new int[] {2, 3, 8, 9, 10, 11}[rnd.nextInt(6)];
                out.add(sf << 31 | 0b11010110 << 21 | rm << 16 | opcode << 10 | rn << 5 | rd);
            }
            case 13 -> {
                int sz = sf == 1 ? 3 : rnd.nextInt(3);
                out.add(sf << 31 | 0b11010110 << 21 | rm << 16 | (0b010000 | rnd.nextInt(2) << 2 | sz) << 10
                        | rn << 5 | rd);
            }
            case 14 -> {
                int opcode = rnd.nextInt(sf == 1 ? 6 : 5);
                if (sf == 0 && opcode == 3) {
                    opcode = 4;
                }
                out.add(sf << 31 | 1 << 30 | 0b11010110 << 21 | opcode << 10 | rn << 5 | rd);
            }
            case 15 -> {
                int[] op31s = sf == 1 ? new int[] {0, 1, 2, 5, 6} : new int[] {0};
                int op31 = op31s[rnd.nextInt(op31s.length)];
                int o0 = op31 == 2 || op31 == 6 ? 0 : rnd.nextInt(2);
                out.add(sf << 31 | 0b11011 << 24 | op31 << 21 | rm << 16 | o0 << 15 | src() << 10 | rn << 5 | rd);
            }
            case 16, 17 -> singleLoadStore(rd);
            case 18 -> pair();
            case 19 -> {
                // ldr (literal) of one of the program's own words
                int opc = rnd.nextInt(3);
                int back = -rnd.nextInt(out.size() + 1);
                out.add(opc << 30 | 0b011 << 27 | (back & 0x7FFFF) << 5 | rd);
            }
            case 20 -> { // conditional branch over the next instruction
                out.add(0x54000000 | 2 << 5 | rnd.nextInt(16));
                emitStraight();
            }
            case 21 -> {
                out.add(sf << 31 | 0b011010 << 25 | rnd.nextInt(2) << 24 | 2 << 5 | reg());
                emitStraight();
            }
            case 22 -> {
                int bit = rnd.nextInt(64);
                out.add((bit >>> 5) << 31 | 0b011011 << 25 | rnd.nextInt(2) << 24 | (bit & 31) << 19 | 2 << 5 | reg());
                emitStraight();
            }
            case 23 -> {
                out.add((rnd.nextBoolean() ? 0x14000000 : 0x94000000) | 2); // b/bl .+8
                emitStraight();
            }
            case 24 -> { // adr x12, .+12; br/blr/ret x12; (skipped)
                out.add(0x10000000 | (12 >> 2) << 5 | 12);
                out.add(new int[] {0xD61F0000, 0xD63F0000, 0xD65F0000}[rnd.nextInt(3)] | 12 << 5);
                emitStraight();
            }
            case 25, 26 -> simd();
            case 27 -> {
                // mrs xd, tpidr_el0; ldxr / stxr on the data base
                out.add(0xD53BD040 | rd);
                out.add(0xC85F7C00 | 8 << 5 | reg());
                out.add(0xC8007C00 | reg() << 16 | 8 << 5 | reg());
            }
            default -> out.add(0xD503201F); // nop
        }
    }

    /** SIMD&FP loads, stores and arithmetic (run by the translated block through their executors). */
    private void simd() {
        int vt = rnd.nextInt(4);
        int vn = rnd.nextInt(4);
        int imm12 = rnd.nextInt(256);
        int imm7 = (rnd.nextInt(16) - 8) & 0x7F;
        int[][] sizeOpc = {{0, 0}, {0, 1}, {0, 2}, {0, 3}, {1, 0}, {1, 1}, {2, 0}, {2, 1}, {3, 0}, {3, 1}};
        int[] so = sizeOpc[rnd.nextInt(sizeOpc.length)];
        int[] types = {0, 1, 3};
        out.add(switch (rnd.nextInt(16)) {
            // B/H/S/D/Q in every single-register form, and S/D/Q pairs in every form (all inline).
            case 12 -> 0x3D000000 | so[0] << 30 | so[1] << 22 | imm12 << 10 | 8 << 5 | vt;
            case 13 -> 0x3C000000 | so[0] << 30 | so[1] << 22 | (rnd.nextInt(128) - 64 & 0x1FF) << 12
                    | types[rnd.nextInt(3)] << 10 | 10 << 5 | vt;              // ldur/stur, post, pre
            case 14 -> 0x3C200800 | so[0] << 30 | so[1] << 22 | 11 << 16 | new int[] {2, 3, 6, 7}[rnd.nextInt(4)] << 13
                    | rnd.nextInt(2) << 12 | 8 << 5 | vt;                        // register offset
            case 15 -> {
                int type = rnd.nextInt(4);
                yield 0x2C000000 | rnd.nextInt(3) << 30 | type << 23 | rnd.nextInt(2) << 22 | imm7 << 15 | vn << 10
                        | (type == 1 || type == 3 ? 10 : 8) << 5 | vt;         // ldp/stp/ldnp/stnp s, d, q
            }
            case 0 -> 0x3D800000 | imm12 << 10 | 8 << 5 | vt;           // str q
            case 1 -> 0x3DC00000 | imm12 << 10 | 8 << 5 | vt;           // ldr q
            case 2 -> 0xFD000000 | imm12 << 10 | 8 << 5 | vt;           // str d
            case 3 -> 0xFD400000 | imm12 << 10 | 8 << 5 | vt;           // ldr d
            case 4 -> 0xAD000000 | imm7 << 15 | vn << 10 | 8 << 5 | vt; // stp q (offset)
            case 5 -> 0xAC800000 | imm7 << 15 | vn << 10 | 10 << 5 | vt; // stp q (post-index)
            case 6 -> 0xAD400000 | imm7 << 15 | vn << 10 | 8 << 5 | vt; // ldp q
            case 7 -> 0x4C007000 | 10 << 5 | vt;                        // st1 {vt.16b}, [x10]
            case 8 -> 0x4C407000 | 10 << 5 | vt;                        // ld1 {vt.16b}, [x10]
            case 9 -> 0x4EA08400 | rnd.nextInt(4) << 16 | vn << 5 | vt; // add vt.4s
            case 10 -> 0x9E670000 | reg() << 5 | vt;                    // fmov dt, xn
            default -> 0x0E0C3C00 | vn << 5 | reg();                    // umov wd, vn.s[1]
        });
    }

    /** One instruction that is not a branch (the skipped slot after a forward branch). */
    private void emitStraight() {
        int before = out.size();
        do {
            while (out.size() > before) {
                out.removeLast();
            }
            emitRandom();
        } while (out.size() != before + 1 || isBranchWord(out.getLast()));
        // (a multi-word case is retried so exactly one instruction is skipped)
    }

    private static boolean isBranchWord(int w) {
        int op = Decoder.decode(w);
        return op >= Op.B && op <= Op.RET;
    }

    private void singleLoadStore(int rt) {
        int size = rnd.nextInt(4);
        int opc = switch (size) {
            case 3 -> rnd.nextInt(2);
            case 2 -> rnd.nextInt(3);
            default -> rnd.nextInt(4);
        };
        int base = size << 30 | 0b111 << 27 | opc << 22 | rt;
        switch (rnd.nextInt(5)) {
            case 0 -> out.add(base | 1 << 24 | rnd.nextInt(4096) << 10 | 8 << 5);
            case 1 -> out.add(base | (rnd.nextInt(512) & 0x1FF) << 12 | 8 << 5);
            case 2 -> out.add(base | (rnd.nextInt(512) & 0x1FF) << 12 | 0b01 << 10 | 10 << 5);
            case 3 -> out.add(base | (rnd.nextInt(512) & 0x1FF) << 12 | 0b11 << 10 | 10 << 5);
            default -> {
                int option = new int[] {2, 3, 6, 7}[rnd.nextInt(4)];
                out.add(base | 1 << 21 | 11 << 16 | option << 13 | rnd.nextInt(2) << 12 | 0b10 << 10 | 8 << 5);
            }
        }
    }

    private void pair() {
        int kind = rnd.nextInt(5); // stp w, stp x, ldp w, ldp x, ldpsw
        int opc = switch (kind) {
            case 0, 2 -> 0;
            case 1, 3 -> 2;
            default -> 1;
        };
        int l = kind >= 2 ? 1 : 0;
        int form = rnd.nextInt(4); // 0 non-temporal, 1 post, 2 offset, 3 pre
        if (kind == 4 && form == 0) {
            form = 2;
        }
        int rn = form == 1 || form == 3 ? 10 : 8;
        int imm7 = rnd.nextInt(128) & 0x7F;
        out.add(opc << 30 | 0b101 << 27 | form << 23 | l << 22 | imm7 << 15 | reg() << 10 | rn << 5 | reg());
    }
}
