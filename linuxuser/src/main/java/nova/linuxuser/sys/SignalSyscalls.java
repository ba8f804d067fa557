package nova.linuxuser.sys;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** Signal state is recorded as the guest sets it; only a process signalling itself has an effect. */
final class SignalSyscalls {
    private final LinuxProcess p;

    SignalSyscalls(LinuxProcess p) {
        this.p = p;
    }

    long rtSigaction(long sig, long act, long oldAct, long setSize) {
        if (setSize != 8 || sig < 1 || sig > Signals.NSIG) {
            return -Errno.EINVAL;
        }
        int s = (int) sig;
        if (act != 0 && (s == Signals.SIGKILL || s == Signals.SIGSTOP)) {
            return -Errno.EINVAL;
        }
        byte[] next = act != 0 ? p.io.read(act, Signals.SIGACTION_SIZE) : null;
        if (oldAct != 0) {
            p.io.write(oldAct, p.signals.action(s));
        }
        if (next != null) {
            p.signals.setAction(s, next);
        }
        return 0;
    }

    long rtSigprocmask(long how, long set, long oldSet, long setSize) {
        if (setSize != 8) {
            return -Errno.EINVAL;
        }
        long mask = 0;
        if (set != 0) {
            if (how < 0 || how > 2) {
                return -Errno.EINVAL;
            }
            mask = ByteBuffer.wrap(p.io.read(set, 8)).order(ByteOrder.LITTLE_ENDIAN).getLong();
        }
        if (oldSet != 0) {
            p.io.write(oldSet, le(p.signals.blocked));
        }
        if (set != 0) {
            long next = switch ((int) how) {
                case 0 -> p.signals.blocked | mask; // SIG_BLOCK
                case 1 -> p.signals.blocked & ~mask; // SIG_UNBLOCK
                default -> mask; // SIG_SETMASK
            };
            p.signals.blocked = next & ~Signals.UNBLOCKABLE;
            p.raiseUnblocked();
        }
        return 0;
    }

    long rtSigpending(long set, long setSize) {
        if (setSize > 8) {
            return -Errno.EINVAL;
        }
        byte[] pending = le(p.signals.pending);
        p.io.write(set, pending, 0, (int) setSize);
        return 0;
    }

    long sigaltstack(long ss, long oldSs) {
        byte[] next = ss != 0 ? p.io.read(ss, 24) : null;
        if (oldSs != 0) {
            p.io.write(oldSs, ByteBuffer.allocate(24).order(ByteOrder.LITTLE_ENDIAN)
                    .putLong(0, p.signals.altStackSp).putInt(8, p.signals.altStackFlags)
                    .putLong(16, p.signals.altStackSize).array());
        }
        if (next != null) {
            ByteBuffer b = ByteBuffer.wrap(next).order(ByteOrder.LITTLE_ENDIAN);
            int flags = b.getInt(8);
            if ((flags & ~(Signals.SS_DISABLE | (1 << 31))) != 0) {
                return -Errno.EINVAL;
            }
            if ((flags & Signals.SS_DISABLE) != 0) {
                p.signals.altStackFlags = Signals.SS_DISABLE;
                p.signals.altStackSp = 0;
                p.signals.altStackSize = 0;
            } else {
                if (b.getLong(16) < nova.linuxuser.stack.Aux.MINSIGSTKSZ) {
                    return -Errno.ENOMEM;
                }
                p.signals.altStackFlags = 0;
                p.signals.altStackSp = b.getLong(0);
                p.signals.altStackSize = b.getLong(16);
            }
        }
        return 0;
    }

    long kill(long pid, long sig) {
        if (pid != p.pid && pid != 0 && pid != -1) {
            return -Errno.ESRCH;
        }
        return raise(sig, SignalFrame.SI_USER);
    }

    long tgkill(long tgid, long tid, long sig) {
        if (tgid <= 0 || tid <= 0) {
            return -Errno.EINVAL;
        }
        if (tgid != p.pid || tid != p.pid) {
            return -Errno.ESRCH;
        }
        return raise(sig, SignalFrame.SI_TKILL);
    }

    long tkill(long tid, long sig) {
        if (tid <= 0) {
            return -Errno.EINVAL;
        }
        return tid == p.pid ? raise(sig, SignalFrame.SI_TKILL) : -Errno.ESRCH;
    }

    private long raise(long sig, int code) {
        return p.raiseSignal(sig, code);
    }

    private static byte[] le(long v) {
        return ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putLong(v).array();
    }
}
