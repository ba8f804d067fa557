package nova.linuxuser.fs;

import nova.linuxuser.sys.Errno;

/** A small read-only file whose contents the harness supplies (virtualised /sys entries). */
public final class MemoryFile extends FileDescription {
    private final byte[] content;
    private long position;

    public MemoryFile(byte[] content, int statusFlags) {
        super(statusFlags);
        this.content = content.clone();
    }

    @Override
    public long read(byte[] buf, int off, int len) {
        long got = pread(buf, off, len, position);
        position += got;
        return got;
    }

    @Override
    public long pread(byte[] buf, int off, int len, long pos) {
        if (pos >= content.length) {
            return 0;
        }
        int n = (int) Math.min(len, content.length - pos);
        System.arraycopy(content, (int) pos, buf, off, n);
        return n;
    }

    @Override
    public long write(byte[] buf, int off, int len) {
        return -Errno.EACCES;
    }

    @Override
    public long seek(long offset, int whence) {
        long base = switch (whence) {
            case 0 -> 0;
            case 1 -> position;
            case 2 -> content.length;
            default -> -1;
        };
        if (base < 0 || base + offset < 0) {
            return -Errno.EINVAL;
        }
        position = base + offset;
        return position;
    }

    @Override
    public long remaining() {
        return Math.max(0, content.length - position);
    }

    @Override
    public StatInfo stat() {
        StatInfo s = new StatInfo();
        s.mode = StatInfo.S_IFREG | 0444;
        s.size = content.length;
        return s;
    }
}
