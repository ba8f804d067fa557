package nova.linuxuser.stack;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nova.hw.mem.GuestMemory;
import nova.hw.mem.Perm;
import nova.linuxuser.elf.ElfException;
import nova.linuxuser.elf.LoadedProgram;
import nova.linuxuser.mem.AddressSpace;
import nova.linuxuser.mem.Layout;
import org.junit.jupiter.api.Test;

/** Linux arm64 process entry stack (create_elf_tables): argc, argv, envp, auxv, 16-byte aligned SP. */
class InitialStackTest {
    private final GuestMemory memory = new GuestMemory();
    private final AddressSpace space = new AddressSpace(memory);
    private final byte[] random = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    private final LoadedProgram program = new LoadedProgram(0x400123, 0x400040, 6, 0, 0x600000, false);

    private long u64(long va) {
        byte[] b = new byte[8];
        memory.readBytes(va, b, 0, 8);
        return ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN).getLong();
    }

    private String cstring(long va) {
        StringBuilder s = new StringBuilder();
        byte[] b = new byte[1];
        for (long at = va;; at++) {
            memory.readBytes(at, b, 0, 1);
            if (b[0] == 0) {
                return s.toString();
            }
            s.append((char) (b[0] & 0xff));
        }
    }

    private long build(List<String> argv, List<String> env) throws ElfException {
        return InitialStack.build(space, program, argv, env, "/bin/prog", random,
                new InitialStack.Identity(0x1234, 0x5, 1000, 1001));
    }

    @Test
    void argcArgvEnvpAndAlignment() throws ElfException {
        long sp = build(List.of("prog", "-x", "ä"), List.of("A=1", "B=two"));
        assertEquals(0, sp % 16, "SP is 16-byte aligned at entry");
        assertEquals(3, u64(sp));
        assertEquals("prog", cstring(u64(sp + 8)));
        assertEquals("-x", cstring(u64(sp + 16)));
        assertEquals(new String("ä".getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1), cstring(u64(sp + 24)));
        assertEquals(0, u64(sp + 32), "argv ends with NULL");
        assertEquals("A=1", cstring(u64(sp + 40)));
        assertEquals("B=two", cstring(u64(sp + 48)));
        assertEquals(0, u64(sp + 56), "envp ends with NULL");
        assertEquals(Perm.RW, memory.perms(sp));
        assertTrue(sp < Layout.STACK_TOP && sp > Layout.STACK_TOP - Layout.STACK_SIZE);
    }

    @Test
    void auxiliaryVector() throws ElfException {
        long sp = build(List.of("p"), List.of());
        long at = sp + 8 * (1 + 1 + 1 + 0 + 1);
        Map<Long, Long> aux = new HashMap<>();
        List<Long> order = new java.util.ArrayList<>();
        while (true) {
            long tag = u64(at);
            long val = u64(at + 8);
            order.add(tag);
            aux.put(tag, val);
            at += 16;
            if (tag == Aux.AT_NULL) {
                break;
            }
        }
        assertEquals(0x400040L, aux.get((long) Aux.AT_PHDR));
        assertEquals(56L, aux.get((long) Aux.AT_PHENT));
        assertEquals(6L, aux.get((long) Aux.AT_PHNUM));
        assertEquals(4096L, aux.get((long) Aux.AT_PAGESZ));
        assertEquals(0L, aux.get((long) Aux.AT_BASE));
        assertEquals(0L, aux.get((long) Aux.AT_FLAGS));
        assertEquals(0x400123L, aux.get((long) Aux.AT_ENTRY));
        assertEquals(1000L, aux.get((long) Aux.AT_UID));
        assertEquals(1000L, aux.get((long) Aux.AT_EUID));
        assertEquals(1001L, aux.get((long) Aux.AT_GID));
        assertEquals(1001L, aux.get((long) Aux.AT_EGID));
        assertEquals(0x1234L, aux.get((long) Aux.AT_HWCAP));
        assertEquals(0x5L, aux.get((long) Aux.AT_HWCAP2));
        assertEquals(100L, aux.get((long) Aux.AT_CLKTCK));
        assertEquals(0L, aux.get((long) Aux.AT_SECURE));
        assertEquals(5120L, aux.get((long) Aux.AT_MINSIGSTKSZ));
        assertEquals("/bin/prog", cstring(aux.get((long) Aux.AT_EXECFN)));
        assertEquals("aarch64", cstring(aux.get((long) Aux.AT_PLATFORM)));
        byte[] r = new byte[16];
        long randomAddr = aux.get((long) Aux.AT_RANDOM);
        memory.readBytes(randomAddr, r, 0, 16);
        assertArrayEquals(random, r);
        assertEquals(0, randomAddr % 16);
        assertEquals(Aux.AT_NULL, (long) order.getLast());
    }

    @Test
    void hugeArgumentListIsRefused() {
        String big = "x".repeat(1 << 20);
        ElfException e = org.junit.jupiter.api.Assertions.assertThrows(ElfException.class,
                () -> build(List.of(big, big, big), List.of()));
        assertTrue(e.getMessage().contains("argument list too long"));
    }
}
