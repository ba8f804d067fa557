package nova.linuxuser.fs;

import java.io.IOException;
import java.nio.file.Path;
import nova.linuxuser.sys.Errno;

/** An O_PATH descriptor to a non-directory: it names the file for fstat and *at calls, no I/O. */
public final class PathHandle extends FileDescription {
    private final Path path;

    public PathHandle(Path path, int statusFlags) {
        super(statusFlags);
        this.path = path;
    }

    @Override
    public long read(byte[] buf, int off, int len) {
        return -Errno.EBADF;
    }

    @Override
    public long write(byte[] buf, int off, int len) {
        return -Errno.EBADF;
    }

    @Override
    public StatInfo stat() throws IOException {
        return StatInfo.ofHost(path, false);
    }

    @Override
    public Path path() {
        return path;
    }
}
