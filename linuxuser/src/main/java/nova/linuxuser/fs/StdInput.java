package nova.linuxuser.fs;

import java.io.IOException;
import java.io.InputStream;

/** The harness's standard input passed through: reads block until at least one byte or EOF. */
public final class StdInput extends FileDescription {
    private final InputStream in;
    private final boolean terminal;
    private final Runnable beforeRead;

    /** {@code beforeRead} flushes buffered standard output first, so prompts appear before input is awaited. */
    public StdInput(InputStream in, boolean terminal, Runnable beforeRead) {
        super(OpenFlags.O_RDONLY);
        this.in = in;
        this.terminal = terminal;
        this.beforeRead = beforeRead;
    }

    @Override
    public long read(byte[] buf, int off, int len) {
        beforeRead.run();
        try {
            int n = in.read(buf, off, len);
            return Math.max(n, 0);
        } catch (IOException | RuntimeException e) {
            return -HostErrors.errno(e);
        }
    }

    @Override
    public StatInfo stat() {
        return StdOutput.streamStat(terminal);
    }

    @Override
    public boolean isTerminal() {
        return terminal;
    }
}
