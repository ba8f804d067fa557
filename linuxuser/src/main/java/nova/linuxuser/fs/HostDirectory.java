package nova.linuxuser.fs;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nova.linuxuser.sys.Errno;

/**
 * An open host directory: getdents64 walks a snapshot taken at the first read (or after a
 * rewind), "." and ".." first, then the host's order; the offset is the entry index.
 */
public final class HostDirectory extends FileDescription {
    private record Entry(long ino, int type, byte[] name) {}

    private final Path path;
    private List<Entry> entries;
    private int position;

    public HostDirectory(Path path, int statusFlags) {
        super(statusFlags);
        this.path = path;
    }

    @Override
    public long read(byte[] buf, int off, int len) {
        return -Errno.EISDIR;
    }

    @Override
    public long seek(long offset, int whence) {
        if (whence == 0 && offset >= 0) {
            if (offset == 0) {
                entries = null;
            }
            position = (int) Math.min(offset, Integer.MAX_VALUE);
            return position;
        }
        if (whence == 1 && offset == 0) {
            return position;
        }
        return -Errno.EINVAL;
    }

    /** Fills {@code out} with linux_dirent64 records; bytes used, 0 at the end, -EINVAL if none fits. */
    public long getdents(byte[] out) {
        if (entries == null) {
            try {
                entries = list();
            } catch (IOException | RuntimeException e) {
                return -HostErrors.errno(e);
            }
        }
        ByteBuffer b = ByteBuffer.wrap(out).order(ByteOrder.LITTLE_ENDIAN);
        int used = 0;
        while (position < entries.size()) {
            Entry e = entries.get(position);
            int reclen = (19 + e.name().length + 1 + 7) & ~7;
            if (used + reclen > out.length) {
                break;
            }
            b.putLong(used, e.ino()).putLong(used + 8, position + 1).putShort(used + 16, (short) reclen)
                    .put(used + 18, (byte) e.type());
            b.put(used + 19, e.name());
            for (int i = used + 19 + e.name().length; i < used + reclen; i++) {
                b.put(i, (byte) 0);
            }
            used += reclen;
            position++;
        }
        if (used == 0 && position < entries.size()) {
            return -Errno.EINVAL;
        }
        return used;
    }

    private List<Entry> list() throws IOException {
        List<Entry> out = new ArrayList<>();
        out.add(entry(path, "."));
        Path parent = path.getParent() != null ? path.getParent() : path;
        out.add(entry(parent, ".."));
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(path)) {
            for (Path p : ds) {
                out.add(entry(p, p.getFileName().toString()));
            }
        }
        return out;
    }

    private static Entry entry(Path p, String name) {
        long ino = 0;
        int type = 0;
        try {
            StatInfo s = StatInfo.ofHost(p, false);
            ino = s.ino;
            type = StatInfo.direntType(s.mode);
        } catch (IOException | RuntimeException e) {
            // The entry vanished between listing and stat: report it with DT_UNKNOWN like a racy readdir.
        }
        return new Entry(ino, type, name.getBytes(StandardCharsets.UTF_8));
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
    public boolean isDirectory() {
        return true;
    }
}
