package nova.linuxuser.fs;

import java.nio.file.Path;
import nova.linuxuser.sys.Errno;

/**
 * An open file description (what fds share after dup): its status flags, its offset inside the
 * concrete kind, and the operations. Every operation answers a count or {@code -errno}; the
 * defaults are what Linux answers for a file that cannot do the operation.
 */
public abstract class FileDescription {
    private int statusFlags;
    private int references = 1;

    protected FileDescription(int statusFlags) {
        this.statusFlags = statusFlags;
    }

    public int statusFlags() {
        return statusFlags;
    }

    public void setStatusFlags(int flags) {
        statusFlags = (statusFlags & ~OpenFlags.SETFL_MASK) | (flags & OpenFlags.SETFL_MASK);
    }

    public boolean readable() {
        int acc = statusFlags & OpenFlags.O_ACCMODE;
        return (statusFlags & OpenFlags.O_PATH) == 0 && (acc == OpenFlags.O_RDONLY || acc == OpenFlags.O_RDWR);
    }

    public boolean writable() {
        int acc = statusFlags & OpenFlags.O_ACCMODE;
        return (statusFlags & OpenFlags.O_PATH) == 0 && (acc == OpenFlags.O_WRONLY || acc == OpenFlags.O_RDWR);
    }

    public long read(byte[] buf, int off, int len) {
        return -Errno.EINVAL;
    }

    public long write(byte[] buf, int off, int len) {
        return -Errno.EINVAL;
    }

    public long pread(byte[] buf, int off, int len, long pos) {
        return -Errno.ESPIPE;
    }

    public long pwrite(byte[] buf, int off, int len, long pos) {
        return -Errno.ESPIPE;
    }

    public long seek(long offset, int whence) {
        return -Errno.ESPIPE;
    }

    public long truncate(long length) {
        return -Errno.EINVAL;
    }

    public long sync() {
        return 0;
    }

    /** How many bytes a read would return at most right now (regular files); -1 if unknown. */
    public long remaining() {
        return -1;
    }

    /** Metadata for fstat; never null. */
    public abstract StatInfo stat() throws java.io.IOException;

    /** The host path behind this description (files, directories), or null (streams). */
    public Path path() {
        return null;
    }

    public boolean isDirectory() {
        return false;
    }

    public boolean isTerminal() {
        return false;
    }

    /** Flushes buffered output (stdout before a read from stdin or at exit). */
    public void flush() {}

    public final void retain() {
        references++;
    }

    /** Drops one fd's reference; the last one closes the host side. */
    public final void release() {
        if (--references == 0) {
            close();
        }
    }

    protected void close() {}
}
