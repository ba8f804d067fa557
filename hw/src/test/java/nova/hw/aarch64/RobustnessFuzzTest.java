package nova.hw.aarch64;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import nova.hw.mem.Perm;

/**
 * Every input is adversarial: arbitrary instruction words with arbitrary register contents must
 * end in an {@link Exit}, never a Java exception escaping {@link Cpu#run} and never a hang.
 */
class RobustnessFuzzTest {

    @Property(tries = 100, seed = "31337")
    void randomCode_alwaysEndsInAnExit(@ForAll @IntRange(min = 0, max = Integer.MAX_VALUE) int seed) {
        Random r = new Random(seed);
        int[] words = new int[1024];
        for (int k = 0; k < words.length; k++) {
            words[k] = r.nextInt();
        }
        Machine m = new Machine(words);
        m.mem.map(0x60_0000L, 0x1000, Perm.RWX);
        for (int n = 0; n < 31; n++) {
            long v = switch (r.nextInt(4)) {
                case 0 -> Machine.DATA + r.nextInt((int) Machine.DATA_SIZE);
                case 1 -> Machine.CODE + r.nextInt(0x1000);
                case 2 -> r.nextInt(64) - 32;
                default -> r.nextLong();
            };
            m.x(n, v);
        }
        m.cpu.setNzcv(r.nextInt());
        for (int k = 0; k < 20; k++) {
            Exit e = m.cpu.run(2000);
            assertNotNull(e);
            if (!(e instanceof Exit.Svc) && !(e instanceof Exit.BudgetExhausted)) {
                // Resume after the faulting or undefined instruction, as a signal handler might.
                m.cpu.setPc(Machine.CODE + 4L * r.nextInt(words.length));
            }
        }
    }
}
