package nova.linuxuser.sys;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import nova.hw.mem.AccessFault;
import nova.hw.mem.GuestMemory;
import nova.hw.mem.Perm;
import nova.linuxuser.mem.Layout;

/**
 * Copies between guest pointers and the host, as copy_from_user/copy_to_user do: every range is
 * checked page by page for presence and for the right permission first, so a bad pointer is
 * {@code EFAULT} ({@link SysError}) before any byte moves, never a Java exception.
 */
public final class GuestIo {
    /** PATH_MAX: longer path arguments are ENAMETOOLONG. */
    public static final int PATH_MAX = 4096;

    private final GuestMemory memory;

    public GuestIo(GuestMemory memory) {
        this.memory = memory;
    }

    public GuestMemory memory() {
        return memory;
    }

    /** True if all of [va, va+len) is mapped with {@code need} (Perm.R or Perm.W) rights. */
    public boolean accessible(long va, long len, int need) {
        if (len == 0) {
            return true;
        }
        if (!Layout.fitsUser(va, len)) {
            return false;
        }
        for (long page = Layout.pageDown(va); page < va + len; page += Layout.PAGE) {
            int p = memory.perms(page);
            if (p < 0 || (p & need) != need) {
                return false;
            }
        }
        return true;
    }

    public void checkReadable(long va, long len) {
        if (!accessible(va, len, Perm.R)) {
            throw new SysError(Errno.EFAULT);
        }
    }

    public void checkWritable(long va, long len) {
        if (!accessible(va, len, Perm.W)) {
            throw new SysError(Errno.EFAULT);
        }
    }

    public byte[] read(long va, int len) {
        checkReadable(va, len);
        byte[] b = new byte[len];
        try {
            memory.readBytes(va, b, 0, len);
        } catch (AccessFault f) {
            throw new SysError(Errno.EFAULT);
        }
        return b;
    }

    public void write(long va, byte[] src, int off, int len) {
        checkWritable(va, len);
        try {
            memory.writeBytes(va, src, off, len);
        } catch (AccessFault f) {
            throw new SysError(Errno.EFAULT);
        }
    }

    public void write(long va, byte[] src) {
        write(va, src, 0, src.length);
    }

    public long read64(long va) {
        return ByteBuffer.wrap(read(va, 8)).order(ByteOrder.LITTLE_ENDIAN).getLong();
    }

    public int read32(long va) {
        return ByteBuffer.wrap(read(va, 4)).order(ByteOrder.LITTLE_ENDIAN).getInt();
    }

    public void write64(long va, long v) {
        write(va, ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putLong(v).array());
    }

    public void write32(long va, int v) {
        write(va, ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(v).array());
    }

    /** A NUL-terminated string of at most {@code max} bytes before the NUL, else ENAMETOOLONG. */
    public String readCString(long va, int max) {
        if (va == 0) {
            throw new SysError(Errno.EFAULT);
        }
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        long at = va;
        while (true) {
            long chunk = Layout.pageUp(at + 1) - at;
            byte[] b = read(at, (int) chunk);
            for (byte x : b) {
                if (x == 0) {
                    return out.toString(StandardCharsets.UTF_8);
                }
                if (out.size() >= max) {
                    throw new SysError(Errno.ENAMETOOLONG);
                }
                out.write(x);
            }
            at += chunk;
        }
    }

    /** A path argument: non-null, at most PATH_MAX bytes. */
    public String readPath(long va) {
        return readCString(va, PATH_MAX - 1);
    }
}
