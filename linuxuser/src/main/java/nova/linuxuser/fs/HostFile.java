package nova.linuxuser.fs;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import nova.linuxuser.sys.Errno;

/** A host file opened through a {@link FileChannel}; the channel's position is the file offset. */
public final class HostFile extends FileDescription {
    private final FileChannel channel;
    private final Path path;
    private final boolean regular;

    public HostFile(FileChannel channel, Path path, int statusFlags, boolean regular) {
        super(statusFlags);
        this.channel = channel;
        this.path = path;
        this.regular = regular;
    }

    @Override
    public long read(byte[] buf, int off, int len) {
        try {
            int n = channel.read(ByteBuffer.wrap(buf, off, len));
            return Math.max(n, 0);
        } catch (IOException | RuntimeException e) {
            return -HostErrors.errno(e);
        }
    }

    @Override
    public long write(byte[] buf, int off, int len) {
        try {
            if ((statusFlags() & OpenFlags.O_APPEND) != 0) {
                channel.position(channel.size());
            }
            ByteBuffer b = ByteBuffer.wrap(buf, off, len);
            while (b.hasRemaining()) {
                channel.write(b);
            }
            return len;
        } catch (IOException | RuntimeException e) {
            return -HostErrors.errno(e);
        }
    }

    @Override
    public long pread(byte[] buf, int off, int len, long pos) {
        try {
            int n = channel.read(ByteBuffer.wrap(buf, off, len), pos);
            return Math.max(n, 0);
        } catch (IOException | RuntimeException e) {
            return -HostErrors.errno(e);
        }
    }

    @Override
    public long pwrite(byte[] buf, int off, int len, long pos) {
        try {
            ByteBuffer b = ByteBuffer.wrap(buf, off, len);
            long at = pos;
            while (b.hasRemaining()) {
                at += channel.write(b, at);
            }
            return len;
        } catch (IOException | RuntimeException e) {
            return -HostErrors.errno(e);
        }
    }

    @Override
    public long seek(long offset, int whence) {
        try {
            long base = switch (whence) {
                case 0 -> 0;
                case 1 -> channel.position();
                case 2 -> channel.size();
                case 3, 4 -> {
                    // SEEK_DATA / SEEK_HOLE: the file is one data extent followed by the hole at EOF.
                    if (offset < 0 || offset >= channel.size()) {
                        yield Long.MIN_VALUE;
                    }
                    yield whence == 3 ? 0 : channel.size() - offset;
                }
                default -> Long.MAX_VALUE;
            };
            if (base == Long.MIN_VALUE) {
                return -Errno.ENXIO;
            }
            if (base == Long.MAX_VALUE) {
                return -Errno.EINVAL;
            }
            long target = base + offset;
            if (target < 0 || (offset > 0 && target < base)) {
                return -Errno.EINVAL;
            }
            channel.position(target);
            return target;
        } catch (IOException | RuntimeException e) {
            return -HostErrors.errno(e);
        }
    }

    @Override
    public long truncate(long length) {
        try {
            long size = channel.size();
            if (length < size) {
                channel.truncate(length);
            } else if (length > size) {
                // FileChannel.truncate only shrinks: extend with a zero byte at the new end (sparse).
                channel.write(ByteBuffer.wrap(new byte[1]), length - 1);
            }
            return 0;
        } catch (IOException | RuntimeException e) {
            return -HostErrors.errno(e);
        }
    }

    @Override
    public long sync() {
        try {
            channel.force(true);
            return 0;
        } catch (IOException | RuntimeException e) {
            return -HostErrors.errno(e);
        }
    }

    @Override
    public long remaining() {
        if (!regular) {
            return -1;
        }
        try {
            return Math.max(0, channel.size() - channel.position());
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** Size of the file, for mmap of a private file mapping. */
    public long size() {
        try {
            return channel.size();
        } catch (IOException e) {
            return 0;
        }
    }

    @Override
    public StatInfo stat() throws IOException {
        return StatInfo.ofHost(path, true);
    }

    @Override
    public Path path() {
        return path;
    }

    @Override
    protected void close() {
        try {
            channel.close();
        } catch (IOException ignored) {
            // Closing a host channel cannot fail in a way the guest could act on.
        }
    }
}
