package nova.linuxuser.sys;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import nova.hw.aarch64.Cpu;
import nova.hw.mem.Perm;
import nova.linuxuser.mem.Layout;

/**
 * Delivers a signal the process sent itself to its handler, as arm64 Linux does
 * (arch/arm64/kernel/signal.c): an rt_sigframe (siginfo, ucontext with all general registers,
 * SP, PC, PSTATE and an fpsimd_context record) is pushed on the stack, the handler runs with
 * x0 = signal, x1 = &siginfo, x2 = &ucontext and returns into rt_sigreturn, which restores
 * everything from the frame. Without a vDSO, handlers registered without SA_RESTORER return
 * through a two-instruction trampoline page the harness maps.
 */
public final class SignalFrame {
    static final int SA_NODEFER = 0x40000000;
    static final int SA_RESETHAND = 0x80000000;
    static final int SA_ONSTACK = 0x08000000;
    static final int SA_RESTORER = 0x04000000;
    static final int SI_USER = 0;
    static final int SI_TKILL = -6;
    /** sizeof(struct rt_sigframe): siginfo (128) + ucontext (4560). */
    static final int FRAME_SIZE = 4688;
    /** The frame record {x29, x30} the kernel places after the frame. */
    static final int TOTAL = FRAME_SIZE + 16;
    static final int UCONTEXT = 128;
    static final int UC_STACK = UCONTEXT + 16;
    static final int UC_SIGMASK = UCONTEXT + 40;
    static final int REGS = UCONTEXT + 176 + 8;
    static final int SP = UCONTEXT + 176 + 256;
    static final int PC = SP + 8;
    static final int PSTATE = SP + 16;
    static final int FPSIMD = UCONTEXT + 176 + 288;
    static final int FPSIMD_MAGIC = 0x46508001;
    static final int FPSIMD_SIZE = 528;
    /** Where the return trampoline (mov x8, #139; svc #0) lives: just above the stack. */
    public static final long TRAMPOLINE = Layout.STACK_TOP + 0x10000;

    private SignalFrame() {}

    /** Runs the handler of the pending signal next; false if the frame could not be written (caller: SIGSEGV). */
    public static boolean deliver(Cpu cpu, LinuxProcess p) {
        int sig = p.takePendingSignal();
        ByteBuffer act = ByteBuffer.wrap(p.signals.action(sig)).order(ByteOrder.LITTLE_ENDIAN);
        long handler = act.getLong(0);
        long flags = act.getLong(8);
        long restorer = act.getLong(16);
        long mask = act.getLong(24);
        long sp = cpu.sp();
        Signals s = p.signals;
        boolean onAltStack = s.altStackFlags == 0 && Long.compareUnsigned(sp - s.altStackSp, s.altStackSize) < 0;
        if ((flags & SA_ONSTACK) != 0 && s.altStackFlags == 0 && !onAltStack) {
            sp = s.altStackSp + s.altStackSize;
        }
        long frame = (sp - TOTAL) & -16L;
        ByteBuffer b = ByteBuffer.allocate(TOTAL).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(0, sig).putInt(8, p.pendingCode()).putInt(16, p.pid).putInt(20, p.options.uid());
        b.putLong(UC_STACK, s.altStackSp).putInt(UC_STACK + 8, onAltStack ? Signals.SS_ONSTACK : s.altStackFlags)
                .putLong(UC_STACK + 16, s.altStackSize);
        b.putLong(UC_SIGMASK, s.blocked);
        for (int i = 0; i < 31; i++) {
            b.putLong(REGS + 8 * i, cpu.x(i));
        }
        b.putLong(SP, cpu.sp()).putLong(PC, cpu.pc()).putLong(PSTATE, cpu.nzcv() & 0xf000_0000L);
        b.putInt(FPSIMD, FPSIMD_MAGIC).putInt(FPSIMD + 4, FPSIMD_SIZE).putInt(FPSIMD + 8, cpu.fpsr())
                .putInt(FPSIMD + 12, cpu.fpcr());
        for (int n = 0; n < 32; n++) {
            b.putLong(FPSIMD + 16 + 16 * n, cpu.vLo(n)).putLong(FPSIMD + 24 + 16 * n, cpu.vHi(n));
        }
        b.putLong(FRAME_SIZE, cpu.x(29)).putLong(FRAME_SIZE + 8, cpu.x(30));
        if (!p.io.accessible(frame, TOTAL, Perm.W)) {
            return false;
        }
        p.io.write(frame, b.array());
        long returnAddress = (flags & SA_RESTORER) != 0 ? restorer : trampoline(p);
        cpu.setX(0, sig);
        cpu.setX(1, frame);
        cpu.setX(2, frame + UCONTEXT);
        cpu.setX(29, frame + FRAME_SIZE);
        cpu.setX(30, returnAddress);
        cpu.setSp(frame);
        cpu.setPc(handler);
        p.trace(String.format("--- %s {si_code=%d} delivered to handler 0x%x ---", Signals.name(sig),
                p.pendingCode(), handler));
        long block = mask | ((flags & SA_NODEFER) != 0 ? 0 : 1L << (sig - 1));
        s.blocked = (s.blocked | block) & ~Signals.UNBLOCKABLE;
        if ((flags & SA_RESETHAND) != 0) {
            s.setAction(sig, null);
        }
        return true;
    }

    /** rt_sigreturn: restores the context saved at SP; false if SP does not point at a readable frame. */
    public static boolean restore(Cpu cpu, LinuxProcess p) {
        long frame = cpu.sp();
        if (!p.io.accessible(frame, FRAME_SIZE, Perm.R)) {
            return false;
        }
        ByteBuffer b = ByteBuffer.wrap(p.io.read(frame, FRAME_SIZE)).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < 31; i++) {
            cpu.setX(i, b.getLong(REGS + 8 * i));
        }
        cpu.setSp(b.getLong(SP));
        cpu.setPc(b.getLong(PC));
        cpu.setNzcv((int) (b.getLong(PSTATE) & 0xf000_0000L));
        if (b.getInt(FPSIMD) == FPSIMD_MAGIC && b.getInt(FPSIMD + 4) == FPSIMD_SIZE) {
            cpu.setFpsr(b.getInt(FPSIMD + 8));
            cpu.setFpcr(b.getInt(FPSIMD + 12));
            for (int n = 0; n < 32; n++) {
                cpu.setV(n, b.getLong(FPSIMD + 16 + 16 * n), b.getLong(FPSIMD + 24 + 16 * n));
            }
        }
        p.signals.blocked = b.getLong(UC_SIGMASK) & ~Signals.UNBLOCKABLE;
        p.trace(String.format("rt_sigreturn() resumes at pc 0x%x", cpu.pc()));
        return true;
    }

    private static long trampoline(LinuxProcess p) {
        if (p.space.regionAt(TRAMPOLINE) == null) {
            p.space.map(TRAMPOLINE, TRAMPOLINE + Layout.PAGE, Perm.RX, false);
            byte[] code = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN)
                    .putInt(0xD2800008 | (Nr.RT_SIGRETURN << 5)).putInt(0xD4000001).array();
            p.space.memory().writeBytes(TRAMPOLINE, code, 0, code.length);
        }
        return TRAMPOLINE;
    }
}
