package nova.kernel.core;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;
import nova.kernel.PlatformConfig;
import org.junit.jupiter.api.Test;

/** Boot state: HIP (§6.3, §7.7.2), NOVA object space (§6.1.3.1), root object and host space (§6.2.3). */
class BootTest {
    @Test
    void hipLayoutSignatureAndChecksum_6_3() {
        long[] hip = new long[0x11];
        long[] sp = new long[1];
        Root r = Root.run(new PlatformConfig(3, 32L << 20, 19_200_000L), c -> {
            sp[0] = c.sp();
            for (int i = 0; i < hip.length; i++) hip[i] = c.read64(c.sp() + 8L * i);
        });
        assertEquals(Boot.HIP_VA, sp[0], "SP of the root EC points to the HIP (§7.1.2)");
        assertEquals(0x41564f4e, (int) hip[0]);
        assertEquals(0x88, hip[0] >>> 48, "length");
        int sum = 0;
        for (long w : hip) for (int s = 0; s < 64; s += 16) sum += (int) (w >>> s) & 0xffff;
        assertEquals(0, sum & 0xffff, "16-bit sum of the HIP is zero");
        assertEquals(0, hip[1], "NOVA start");
        assertEquals(Boot.NOVA_END, hip[2]);
        assertEquals(Boot.MBUF, hip[3]);
        assertEquals(Boot.ROOT_PA, hip[5], "root start");
        assertEquals(Boot.ROOT_PA + 4096 + (256 << 10), hip[6], "root end: one code page and the data pages");
        assertEquals(-1L, hip[7], "no ACPI");
        assertEquals(-1L, hip[8], "no UEFI map");
        assertEquals(0, hip[9]);
        assertEquals(19_200_000L, hip[10], "STC frequency");
        assertEquals(Kernel.SELNUM, hip[11]);
        assertEquals(0x40 | 3L << 16 | 0x40L << 32 | 3L << 48, hip[12], "SELHST/SELGST ARCH and NOVA");
        assertEquals(3 | 0L << 16 | (long) Kernel.INTPIN << 32, hip[13], "CPUNUM, CPUBSP, INTPIN, INTMSI");
        assertEquals(9 | 9 << 8 | 9 << 16 | 9 << 24, hip[14], "MCO fields and KIMAX");
        assertEquals(0, hip[15], "platform features: no SMMU");
        assertEquals(0, hip[16], "SMGNUM, CTXNUM");
        assertEquals("", r.kernel.checkInvariants());
    }

    @Test
    void hipIsReadOnlyForTheRoot_6_2_3_2() {
        List<String> log = new ArrayList<>();
        JavaImageRun.expectKilled(c -> c.write64(c.sp(), 0), log);
        assertTrue(log.get(0).contains("write to an address not mapped writable"), log.toString());
    }

    @Test
    void rootObjectSpace_6_2_3_1() {
        Root r = Root.run(c -> {});
        ObjSpace o = r.kernel.rootPd.obj;
        long n = Kernel.SELNUM;
        assertSame(r.kernel.novaObj, o.get(n - 1));
        assertEquals(Perms.SPC_TAKE, o.perms(n - 1));
        assertSame(o, o.get(n - 2));
        assertEquals(Perms.OBJ_ALL, o.perms(n - 2));
        assertSame(r.kernel.rootPd, o.get(n - 3));
        assertEquals(0x1f, o.perms(n - 3));
        assertSame(r.kernel.rootEc, o.get(n - 4));
        assertEquals(Perms.EC_ALL, o.perms(n - 4));
        assertSame(r.kernel.rootSc, o.get(n - 5));
        assertEquals(Perms.SC_CTRL, o.perms(n - 5));
        for (long s = 0; s < n - 5; s += 4093) assertNull(o.get(s));
        assertEquals(127, r.kernel.rootSc.prio, "root SC at the highest priority");
        assertEquals(1_000_000_000L, r.kernel.rootSc.budget, "1000 ms budget at 1 GHz");
        assertTrue(r.kernel.rootEc.global);
        assertEquals(0, r.kernel.rootEc.evtBase);
    }

    @Test
    void novaObjectSpace_6_1_3_1() {
        Root r = Root.run(new PlatformConfig(2, 8L << 20, 1_000_000L), c -> {});
        ObjSpace o = r.kernel.novaObj;
        long n = Kernel.SELNUM;
        assertInstanceOf(Sm.class, o.get(n - 1));
        assertEquals(Perms.SM_ALL, o.perms(n - 1));
        assertSame(o, o.get(n - 2));
        assertEquals(Perms.SPC_TAKE, o.perms(n - 2));
        assertSame(r.kernel.novaHst, o.get(n - 3));
        assertEquals(Perms.SPC_TAKE, o.perms(n - 3));
        assertNull(o.get(n - 4), "no PIO space on Arm");
        assertNull(o.get(n - 5), "no MSR space on Arm");
        assertSame(r.kernel.rootPd.obj, o.get(n - 6));
        assertSame(r.kernel.rootPd.hst, o.get(n - 7));
        assertNull(o.get(n - 8));
        for (int i = 0; i < Kernel.INTPIN; i++) {
            Sm sm = (Sm) o.get(Kernel.INT_SEL_BASE + i);
            assertEquals(i, sm.irq);
            assertEquals(Perms.SM_ASSIGN | Perms.SM_DN, o.perms(Kernel.INT_SEL_BASE + i));
        }
        assertNull(o.get(Kernel.INT_SEL_BASE + Kernel.INTPIN));
        for (int cpu = 0; cpu < 2; cpu++) {
            Sc idle = (Sc) o.get(cpu);
            assertSame(r.kernel.sched.cpus[cpu].idle, idle);
            assertEquals(Perms.SC_CTRL, o.perms(cpu));
        }
        assertNull(o.get(2));
    }

    @Test
    void novaHostSpaceProtectsKernelMemory_6_1_3_2() {
        Root r = Root.run(c -> {});
        MemSpace h = r.kernel.novaHst;
        assertEquals(0, h.lookup(0), "NOVA image");
        assertEquals(0, h.lookup(Boot.HIP >>> 12), "HIP");
        assertEquals(0, h.lookup(r.kernel.pool.base() >>> 12), "kernel pool");
        long rootPage = Boot.ROOT_PA >>> 12;
        assertEquals(Boot.ROOT_PA | Perms.MEM_ALL, h.lookup(rootPage));
    }

    @Test
    void rootHostSpaceMapsImageHipAndUtcb_6_2_3_2() {
        Root r = Root.run(c -> {});
        MemSpace h = r.kernel.rootPd.hst;
        long code = h.lookup(Root.BASE >>> 12);
        assertEquals(Boot.ROOT_PA, code & MemSpace.PA_MASK);
        assertEquals(Perms.MEM_R | Perms.MEM_XU, code & 0xf);
        long data = h.lookup((Root.BASE >>> 12) + 1);
        assertEquals(Perms.MEM_R | Perms.MEM_W, data & 0xf);
        assertEquals(Perms.MEM_R, h.lookup(Boot.HIP_VA >>> 12) & 0xf);
        assertEquals(Perms.MEM_R | Perms.MEM_W, h.lookup(Boot.ROOT_UTCB_VA >>> 12) & 0xf);
        assertEquals(r.kernel.rootEc.utcbPa, h.lookup(Boot.ROOT_UTCB_VA >>> 12) & MemSpace.PA_MASK);
    }
}
