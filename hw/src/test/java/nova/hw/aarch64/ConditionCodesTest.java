package nova.hw.aarch64;

import static org.junit.jupiter.api.Assertions.assertEquals;

import nova.hw.mem.GuestMemory;
import org.junit.jupiter.api.Test;

/** ARM ARM C1.2.4, condition codes: every condition against every NZCV combination. */
class ConditionCodesTest {

    private static boolean reference(int cond, boolean n, boolean z, boolean c, boolean v) {
        return switch (cond) {
            case 0 -> z;
            case 1 -> !z;
            case 2 -> c;
            case 3 -> !c;
            case 4 -> n;
            case 5 -> !n;
            case 6 -> v;
            case 7 -> !v;
            case 8 -> c && !z;
            case 9 -> !(c && !z);
            case 10 -> n == v;
            case 11 -> n != v;
            case 12 -> !z && n == v;
            case 13 -> !(!z && n == v);
            default -> true; // AL and NV
        };
    }

    @Test
    void conditionHolds_matchesTheDefinitionForAllFlagCombinations() {
        Cpu cpu = new Cpu(new GuestMemory());
        for (int flags = 0; flags < 16; flags++) {
            cpu.setNzcv(flags << 28);
            boolean n = (flags & 8) != 0;
            boolean z = (flags & 4) != 0;
            boolean c = (flags & 2) != 0;
            boolean v = (flags & 1) != 0;
            for (int cond = 0; cond < 16; cond++) {
                assertEquals(reference(cond, n, z, c, v), cpu.conditionHolds(cond),
                        "cond " + cond + " flags " + Integer.toBinaryString(flags));
            }
        }
    }
}
