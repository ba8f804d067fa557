package nova.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import org.junit.jupiter.api.Test;

/** The QEMU/getopt-like reading rules of {@link Args}. */
class ArgsTest {
    @Test
    void optionsEndAtTheFirstOperandAndTheRestIsUntouched() throws UsageException {
        Args a = new Args("--jit", "prog", "--jit", "-E", "x");
        assertTrue(a.nextOption());
        assertTrue(a.flag("--jit"));
        assertFalse(a.nextOption());
        assertEquals("prog", a.next());
        assertArrayEquals(new String[] {"--jit", "-E", "x"}, a.rest());
    }

    @Test
    void doubleDashEndsTheOptionsAndIsConsumedOnce() {
        Args a = new Args("--", "--jit", "--");
        assertFalse(a.nextOption());
        assertArrayEquals(new String[] {"--jit", "--"}, a.rest());
    }

    @Test
    void aLoneDashIsAnOperand() {
        Args a = new Args("-", "x");
        assertFalse(a.nextOption());
        assertArrayEquals(new String[] {"-", "x"}, a.rest());
    }

    @Test
    void aValuedLongOptionTakesEqualsOrTheNextWord() throws UsageException {
        Args a = new Args("--seed=7", "--seed", "8", "--seed=", "p");
        assertTrue(a.nextOption() && a.option("--seed"));
        assertEquals("7", a.value());
        assertTrue(a.nextOption() && a.option("--seed"));
        assertEquals("8", a.value());
        assertTrue(a.nextOption() && a.option("--seed"));
        assertEquals("", a.value(), "an explicit empty value is a value");
        assertFalse(a.nextOption());
        assertEquals("p", a.next());
    }

    @Test
    void aOneLetterOptionAlsoTakesAGluedValue() throws UsageException {
        Args a = new Args("-EA=1", "-E=B=2", "-E", "C=3");
        for (String expected : new String[] {"A=1", "B=2", "C=3"}) {
            assertTrue(a.nextOption() && a.option("-E"));
            assertEquals(expected, a.value());
        }
        assertFalse(a.hasNext());
    }

    @Test
    void theNextWordIsAValueEvenWhenItStartsWithADash() throws UsageException {
        Args a = new Args("-0", "-sh", "--seed", "-5", "p");
        assertTrue(a.nextOption() && a.option("-0"));
        assertEquals("-sh", a.value());
        assertTrue(a.nextOption() && a.option("--seed"));
        assertEquals(-5, a.longValue(Long.MIN_VALUE, Long.MAX_VALUE));
        assertFalse(a.nextOption());
    }

    @Test
    void aLongOptionNameDoesNotMatchALongerWord() throws UsageException {
        Args a = new Args("--seedling", "--jitter");
        assertTrue(a.nextOption());
        assertFalse(a.option("--seed"));
        assertEquals("unknown option '--seedling'", a.unknownOption().getMessage());
        assertTrue(a.nextOption());
        assertFalse(a.flag("--jit"));
    }

    @Test
    void aMissingValueIsAUsageError() {
        Args a = new Args("--max-insns");
        assertTrue(a.nextOption() && a.option("--max-insns"));
        UsageException e = assertThrows(UsageException.class, a::value);
        assertEquals("option '--max-insns' needs a value", e.getMessage());
    }

    @Test
    void aFlagGivenAValueIsAUsageError() {
        Args a = new Args("--jit=yes");
        assertTrue(a.nextOption());
        UsageException e = assertThrows(UsageException.class, () -> a.flag("--jit"));
        assertEquals("option '--jit' takes no value", e.getMessage());
    }

    @Test
    void anUnknownOptionIsNamedWithoutItsValue() {
        Args a = new Args("--colour=red");
        assertTrue(a.nextOption());
        assertEquals("unknown option '--colour'", a.unknownOption().getMessage());
    }

    @Test
    void numbersAreDecimalAndRangeChecked() {
        for (String bad : new String[] {"x", "0x10", "1e3", "1.5", " 1", "", "99999999999999999999"}) {
            Args a = new Args("--n=" + bad);
            assertTrue(a.nextOption() && a.option("--n"));
            UsageException e = assertThrows(UsageException.class, () -> a.longValue(Long.MIN_VALUE, Long.MAX_VALUE));
            assertEquals("option '--n' expects a decimal integer, got '" + bad + "'", e.getMessage());
        }
        Args a = new Args("--n=-1", "--n=65");
        assertTrue(a.nextOption() && a.option("--n"));
        assertEquals("option '--n' must be at least 0, got -1",
                assertThrows(UsageException.class, () -> a.longValue(0, Long.MAX_VALUE)).getMessage());
        assertTrue(a.nextOption() && a.option("--n"));
        assertEquals("option '--n' must be between 1 and 64, got 65",
                assertThrows(UsageException.class, () -> a.longValue(1, 64)).getMessage());
    }

    @Property(seed = "42")
    void everyLongSurvivesBothValueForms(@ForAll long n) throws UsageException {
        Args a = new Args("--n=" + n, "--n", Long.toString(n));
        for (int i = 0; i < 2; i++) {
            assertTrue(a.nextOption() && a.option("--n"));
            assertEquals(n, a.longValue(Long.MIN_VALUE, Long.MAX_VALUE));
        }
        assertFalse(a.hasNext());
    }

    @Property(seed = "42")
    void anOperandWordIsNeverTakenForAnOption(@ForAll @AlphaChars String word) {
        Args a = new Args(word, "--jit");
        assertFalse(a.nextOption());
        assertEquals(word, a.next());
    }
}
