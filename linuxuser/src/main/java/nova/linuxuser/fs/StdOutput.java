package nova.linuxuser.fs;

import java.io.IOException;
import java.io.OutputStream;
import nova.linuxuser.sys.Errno;

/**
 * Standard output or error passed through. Output is buffered by the harness (the guest's
 * writes are already whole lines or blocks) and flushed at exit, before any read from standard
 * input and, for stdout, before anything goes to stderr, so the interleaving stays the guest's.
 */
public final class StdOutput extends FileDescription {
    private final OutputStream out;
    private final boolean terminal;
    private final boolean autoFlush;
    private final Runnable beforeWrite;

    /** {@code autoFlush}: pass each write on at once (stderr, or stdout on a terminal). */
    public StdOutput(OutputStream out, boolean terminal, boolean autoFlush, Runnable beforeWrite) {
        super(OpenFlags.O_WRONLY);
        this.out = out;
        this.terminal = terminal;
        this.autoFlush = autoFlush;
        this.beforeWrite = beforeWrite;
    }

    @Override
    public long write(byte[] buf, int off, int len) {
        beforeWrite.run();
        try {
            out.write(buf, off, len);
            if (autoFlush) {
                out.flush();
            }
            return len;
        } catch (IOException | RuntimeException e) {
            String why = String.valueOf(e.getMessage());
            if (why.contains("Broken pipe")) {
                return -Errno.EPIPE;
            }
            return why.contains("No space left") ? -Errno.ENOSPC : -Errno.EIO;
        }
    }

    @Override
    public void flush() {
        try {
            out.flush();
        } catch (IOException ignored) {
            // A closed host stream: the guest's next write reports the error.
        }
    }

    /** The last fd on the stream closed (e.g. gzip closes stdout before exit): what is buffered goes out now. */
    @Override
    protected void close() {
        flush();
    }

    @Override
    public StatInfo stat() {
        return streamStat(terminal);
    }

    @Override
    public boolean isTerminal() {
        return terminal;
    }

    /** fstat of a passed-through stream: a character device if it is a terminal, else a pipe. */
    static StatInfo streamStat(boolean terminal) {
        StatInfo s = new StatInfo();
        s.mode = terminal ? StatInfo.S_IFCHR | 0620 : StatInfo.S_IFIFO | 0600;
        s.rdev = terminal ? (136L << 8) : 0; // /dev/pts/0
        s.blksize = 4096;
        return s;
    }
}
