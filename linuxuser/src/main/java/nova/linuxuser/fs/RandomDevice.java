package nova.linuxuser.fs;

import java.util.function.Consumer;

/** /dev/random and /dev/urandom, fed from the process's seeded generator so runs replay. */
public final class RandomDevice extends FileDescription {
    private final Consumer<byte[]> source;
    private final long rdev;

    public RandomDevice(Consumer<byte[]> source, int minor, int statusFlags) {
        super(statusFlags);
        this.source = source;
        this.rdev = (1L << 8) | minor;
    }

    @Override
    public long read(byte[] buf, int off, int len) {
        byte[] b = new byte[len];
        source.accept(b);
        System.arraycopy(b, 0, buf, off, len);
        return len;
    }

    @Override
    public long write(byte[] buf, int off, int len) {
        return len; // writing mixes entropy in on Linux; here it is accepted and ignored
    }

    @Override
    public long seek(long offset, int whence) {
        return 0;
    }

    @Override
    public StatInfo stat() {
        StatInfo s = new StatInfo();
        s.mode = StatInfo.S_IFCHR | 0666;
        s.rdev = rdev;
        return s;
    }
}
