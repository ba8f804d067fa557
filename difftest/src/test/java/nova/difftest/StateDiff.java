package nova.difftest;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nova.difftest.gen.StateLayout;

/** Field-by-field comparison and printing of case state blocks (see {@link StateLayout}). */
public final class StateDiff {
    private StateDiff() {}

    static long q(byte[] b, int off) {
        return ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN).getLong(off);
    }

    static String hex(long v) {
        return String.format("0x%016x", v);
    }

    static String flags(long nzcv) {
        return ((nzcv >>> 31 & 1) != 0 ? "N" : "n") + ((nzcv >>> 30 & 1) != 0 ? "Z" : "z")
                + ((nzcv >>> 29 & 1) != 0 ? "C" : "c") + ((nzcv >>> 28 & 1) != 0 ? "V" : "v");
    }

    static String fpsr(long v) {
        StringBuilder sb = new StringBuilder(String.format("0x%08x", v));
        String[] names = {"IOC", "DZC", "OFC", "UFC", "IXC", "", "", "IDC"};
        sb.append(" [");
        for (int i = 0; i < 8; i++) if (!names[i].isEmpty() && (v >>> i & 1) != 0) sb.append(names[i]).append(' ');
        if ((v >>> 27 & 1) != 0) sb.append("QC ");
        return sb.toString().trim() + "]";
    }

    static String fpcr(long v) {
        String[] rm = {"RN", "RP", "RM", "RZ"};
        return String.format("0x%08x [%s%s%s%s]", v, rm[(int) (v >>> 22) & 3], (v >>> 24 & 1) != 0 ? " FZ" : "",
                (v >>> 25 & 1) != 0 ? " DN" : "", (v >>> 26 & 1) != 0 ? " AHP" : "");
    }

    static String signal(long sig) {
        return switch ((int) sig) {
            case 0 -> "none";
            case 4 -> "SIGILL";
            case 7 -> "SIGBUS";
            case 11 -> "SIGSEGV";
            default -> "signal " + sig;
        };
    }

    /** Differences between qemu's block (expected) and ours (actual), one line per field. */
    public static List<String> diff(byte[] exp, int eo, byte[] act, int ao) {
        List<String> d = new ArrayList<>();
        for (int i = 0; i < 31; i++) {
            long e = q(exp, eo + StateLayout.X + 8 * i), a = q(act, ao + StateLayout.X + 8 * i);
            if (e != a) d.add("x" + i + ": qemu=" + hex(e) + " nova=" + hex(a));
        }
        long en = q(exp, eo + StateLayout.NZCV), an = q(act, ao + StateLayout.NZCV);
        if (en != an) d.add("nzcv: qemu=" + flags(en) + " nova=" + flags(an));
        long ef = q(exp, eo + StateLayout.FPSR), af = q(act, ao + StateLayout.FPSR);
        if (ef != af) d.add("fpsr: qemu=" + fpsr(ef) + " nova=" + fpsr(af));
        long ec = q(exp, eo + StateLayout.FPCR), ac = q(act, ao + StateLayout.FPCR);
        if (ec != ac) d.add("fpcr: qemu=" + fpcr(ec) + " nova=" + fpcr(ac));
        long es = q(exp, eo + StateLayout.SP), as = q(act, ao + StateLayout.SP);
        if (es != as) d.add("sp: qemu=" + hex(es) + " nova=" + hex(as));
        long esig = q(exp, eo + StateLayout.SIGNAL), asig = q(act, ao + StateLayout.SIGNAL);
        if (esig != asig) d.add("signal: qemu=" + signal(esig) + " nova=" + signal(asig));
        for (int i = 0; i < 32; i++) {
            int o = StateLayout.V + 16 * i;
            long elo = q(exp, eo + o), ehi = q(exp, eo + o + 8), alo = q(act, ao + o), ahi = q(act, ao + o + 8);
            if (elo != alo || ehi != ahi) {
                d.add("v" + i + ": qemu=" + hex(ehi) + ":" + hex(elo).substring(2) + " nova=" + hex(ahi) + ":" + hex(alo).substring(2));
            }
        }
        int shown = 0;
        for (int off = 0; off < StateLayout.BUFFER_SIZE; off += 8) {
            long e = q(exp, eo + StateLayout.BUFFER + off), a = q(act, ao + StateLayout.BUFFER + off);
            if (e != a) {
                if (shown++ < 8) {
                    d.add(String.format("mem[base%+d]: qemu=%s nova=%s", off - StateLayout.BUFFER_SIZE / 2, hex(e), hex(a)));
                } else if (shown == 9) {
                    d.add("mem: more differing words");
                }
            }
        }
        return d;
    }

    private static final Pattern GP = Pattern.compile("\\b[xw](\\d{1,2})\\b");
    private static final Pattern FP = Pattern.compile("\\b[vqdshb](\\d{1,2})\\b");

    /** The initial values of the registers a case's text names, plus NZCV and FPCR. */
    public static String initialSummary(byte[] init, List<String> insns) {
        Set<Integer> gp = new TreeSet<>(), fp = new TreeSet<>();
        for (String line : insns) {
            String code = line.replaceAll("\\[\\d+\\]", "");
            Matcher m = GP.matcher(code);
            while (m.find()) gp.add(Integer.parseInt(m.group(1)));
            m = FP.matcher(code);
            while (m.find()) fp.add(Integer.parseInt(m.group(1)));
        }
        StringBuilder sb = new StringBuilder();
        sb.append("    initial nzcv=").append(flags(q(init, StateLayout.NZCV))).append(" fpcr=")
                .append(fpcr(q(init, StateLayout.FPCR))).append('\n');
        for (int r : gp) if (r < 31) sb.append("    initial x").append(r).append('=').append(hex(q(init, StateLayout.X + 8 * r))).append('\n');
        for (int r : fp) {
            if (r < 32) {
                sb.append("    initial v").append(r).append('=').append(hex(q(init, StateLayout.V + 16 * r + 8))).append(':')
                        .append(hex(q(init, StateLayout.V + 16 * r)).substring(2)).append('\n');
            }
        }
        return sb.toString();
    }
}
