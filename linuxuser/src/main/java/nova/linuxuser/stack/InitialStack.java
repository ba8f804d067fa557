package nova.linuxuser.stack;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import nova.hw.mem.GuestMemory;
import nova.hw.mem.Perm;
import nova.linuxuser.elf.ElfException;
import nova.linuxuser.elf.ElfFile;
import nova.linuxuser.elf.LoadedProgram;
import nova.linuxuser.mem.AddressSpace;
import nova.linuxuser.mem.Layout;

/**
 * Builds the process entry stack as Linux's create_elf_tables does on arm64: at the top the
 * strings (execfn, environment, arguments), below them the platform string and the 16
 * AT_RANDOM bytes, then, from a 16-byte aligned SP upwards: argc, argv[], NULL, envp[], NULL,
 * and the auxiliary vector of (tag, value) pairs ending with AT_NULL.
 */
public final class InitialStack {
    /** Linux refuses larger argument + environment blocks (a quarter of the 8 MiB stack). */
    public static final int MAX_STRINGS = 2 << 20;

    /** What the auxiliary vector reports about the machine and the user. */
    public record Identity(long hwcap, long hwcap2, int uid, int gid) {}

    private InitialStack() {}

    /** Maps the stack and writes the entry frame; returns the initial SP. */
    public static long build(AddressSpace space, LoadedProgram program, List<String> argv, List<String> envp,
            String execfn, byte[] random16, Identity id) throws ElfException {
        if (random16.length != 16) {
            throw new IllegalArgumentException("AT_RANDOM needs 16 bytes");
        }
        int perms = program.execStack() ? Perm.RWX : Perm.RW;
        long bottom = Layout.STACK_TOP - Layout.STACK_SIZE;
        space.map(bottom, Layout.STACK_TOP, perms, true);
        GuestMemory mem = space.memory();

        long p = Layout.STACK_TOP - 8; // an 8-byte zero end marker, as Linux leaves
        long stringsLimit = p - MAX_STRINGS;
        p = putString(mem, p, execfn, stringsLimit);
        long execfnAddr = p;
        long[] envAddr = new long[envp.size()];
        for (int i = envp.size() - 1; i >= 0; i--) {
            p = putString(mem, p, envp.get(i), stringsLimit);
            envAddr[i] = p;
        }
        long[] argAddr = new long[argv.size()];
        for (int i = argv.size() - 1; i >= 0; i--) {
            p = putString(mem, p, argv.get(i), stringsLimit);
            argAddr[i] = p;
        }
        p &= -16;
        p = putString(mem, p, "aarch64", stringsLimit);
        long platformAddr = p;
        p = (p - 16) & -16;
        mem.writeBytes(p, random16, 0, 16);
        long randomAddr = p;

        long[] aux = {
            Aux.AT_PHDR, program.phdr(),
            Aux.AT_PHENT, ElfFile.PHENT_SIZE,
            Aux.AT_PHNUM, program.phnum(),
            Aux.AT_PAGESZ, Layout.PAGE,
            Aux.AT_BASE, 0, // no interpreter: a static-pie relocates itself from its own PC
            Aux.AT_FLAGS, 0,
            Aux.AT_ENTRY, program.entry(),
            Aux.AT_UID, id.uid(),
            Aux.AT_EUID, id.uid(),
            Aux.AT_GID, id.gid(),
            Aux.AT_EGID, id.gid(),
            Aux.AT_HWCAP, id.hwcap(),
            Aux.AT_HWCAP2, id.hwcap2(),
            Aux.AT_CLKTCK, Aux.CLOCK_TICKS,
            Aux.AT_SECURE, 0,
            Aux.AT_RANDOM, randomAddr,
            Aux.AT_EXECFN, execfnAddr,
            Aux.AT_PLATFORM, platformAddr,
            Aux.AT_MINSIGSTKSZ, Aux.MINSIGSTKSZ,
            Aux.AT_NULL, 0,
        };
        int words = 1 + argv.size() + 1 + envp.size() + 1 + aux.length;
        long sp = (p - 8L * words) & -16;
        ByteBuffer frame = ByteBuffer.allocate(8 * words).order(ByteOrder.LITTLE_ENDIAN);
        frame.putLong(argv.size());
        for (long a : argAddr) {
            frame.putLong(a);
        }
        frame.putLong(0);
        for (long e : envAddr) {
            frame.putLong(e);
        }
        frame.putLong(0);
        for (long v : aux) {
            frame.putLong(v);
        }
        mem.writeBytes(sp, frame.array(), 0, frame.capacity());
        return sp;
    }

    private static long putString(GuestMemory mem, long top, String s, long limit) throws ElfException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
        out.write(0);
        byte[] bytes = out.toByteArray();
        long at = top - bytes.length;
        if (at < limit) {
            throw new ElfException("argument list too long (more than " + MAX_STRINGS + " bytes of strings)");
        }
        mem.writeBytes(at, bytes, 0, bytes.length);
        return at;
    }
}
