package nova.user.sdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import nova.kernel.Hypercall;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The SDK's encodings against the bit layouts of the specification. */
class EncodingTest {

    @Test
    @DisplayName("§7.8 Figure 7.1: X0 = selector[63:8] | flags[7:4] | number[3:0]")
    void identifier_layout() {
        assertEquals(0x1234_5600L | 0x30 | Hypercall.CREATE_EC, Hypercalls.identifier(Hypercall.CREATE_EC, 0x3, 0x123456));
        assertEquals(0xffff_ffff_ffff_ff00L | 0xf0 | 0xf, Hypercalls.identifier(0xf, 0xf, -1L));
        assertEquals(0x10L, Hypercalls.identifier(Hypercall.IPC_CALL, 0x11, 0), "flags are 4 bits");
    }

    @Test
    @DisplayName("§4.4.1 regular MTD: bits 8..0 hold the number of message words minus one")
    void mtd_regular() {
        assertEquals(0, Mtd.words(1));
        assertEquals(511, Mtd.words(512));
        assertEquals(64, Mtd.wordCount(Mtd.words(64)));
        assertEquals(1, Mtd.wordCount(0x200), "bits above 8 are not part of the word count");
        assertThrows(IllegalArgumentException.class, () -> Mtd.words(0));
        assertThrows(IllegalArgumentException.class, () -> Mtd.words(513));
    }

    @Test
    @DisplayName("§7.7.4 architectural MTD bits")
    void mtd_architectural() {
        assertEquals(1 << 2, Mtd.GPR);
        assertEquals(1 << 25, Mtd.EL2_ELR_SPSR);
        assertEquals(1 << 31, Mtd.SPACES);
    }

    @Test
    @DisplayName("§4.5 SCD: budget[15:0] ms, priority[22:16], COS[38:23]")
    void scd_layout() {
        long scd = Scd.of(1000, 127, 3);
        assertEquals(1000 | 127L << 16 | 3L << 23, scd);
        assertEquals(1000, Scd.budget(scd));
        assertEquals(127, Scd.prio(scd));
        assertEquals(3, Scd.cos(scd));
    }

    @Test
    @DisplayName("§7.7.5 MAD: CA[2:0], SH[4:3]; §7.7.6 DAD: SID, mask, SMG, CTX")
    void mad_dad_layout() {
        assertEquals(0x1f, Mad.RAM);
        assertEquals(0x3 | 0x2 << 3, Mad.of(Mad.DEV_GRE, Mad.SH_OUTER));
        assertEquals(0x0302_ffff_1234L, Dad.of(0x1234, 0xffff, 2, 3));
    }

    @Test
    @DisplayName("§4.1.2 permission bits of each capability type")
    void permissions() {
        assertEquals(0x1f, Perm.PD_PD | Perm.PD_EC | Perm.PD_SC | Perm.PD_PT | Perm.PD_SM);
        assertEquals(0b1101, Perm.EC_CTRL | Perm.EC_BIND_PT | Perm.EC_BIND_SC);
        assertEquals(0b10011, Perm.SM_UP | Perm.SM_DOWN | Perm.SM_ASSIGN);
        assertEquals(0b111, Perm.PT_CTRL | Perm.PT_CALL | Perm.PT_EVENT);
    }

    @Test
    @DisplayName("§6.2.3.1 root selectors count down from SELNUM; §7.6.2 host events follow SELHST/ARCH")
    void selectors() {
        assertEquals(0xfffff, Sel.rootNovaObjSpace(0x100000));
        assertEquals(0xffffb, Sel.rootSc(0x100000));
        assertEquals(0xffff9, Sel.novaRootHostSpace(0x100000));
        assertEquals(0x123, Sel.hostPage(0x123fff));
    }

    @Test
    @DisplayName("§4.3 a UTCB view is page aligned and has 512 words")
    void utcb_bounds() {
        assertThrows(IllegalArgumentException.class, () -> new Utcb(0x1008));
        Utcb u = new Utcb(0x1000);
        assertThrows(IndexOutOfBoundsException.class, () -> u.word(null, 512));
        assertThrows(IndexOutOfBoundsException.class, () -> u.word(null, -1));
        assertEquals(0x0f0, Utcb.gpr(30));
        assertEquals(0x1e0, Utcb.ELR_EL2);
    }
}
