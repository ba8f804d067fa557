package nova.linuxuser.sys;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashSet;
import java.util.Set;
import nova.linuxuser.fs.FdTable;
import nova.linuxuser.fs.FileDescription;
import nova.linuxuser.fs.HostDirectory;
import nova.linuxuser.fs.HostErrors;
import nova.linuxuser.fs.HostFile;
import nova.linuxuser.fs.MemoryFile;
import nova.linuxuser.fs.OpenFlags;
import nova.linuxuser.fs.PathHandle;
import nova.linuxuser.fs.RandomDevice;
import nova.linuxuser.fs.StatInfo;

/**
 * File syscalls on the host's files: paths are resolved against the guest's working
 * directory (the host's at start; no chroot), descriptors live in the process's {@link FdTable}.
 */
final class FileSyscalls {
    static final int AT_FDCWD = -100;
    static final int AT_SYMLINK_NOFOLLOW = 0x100;
    static final int AT_REMOVEDIR = 0x200;
    static final int AT_EACCESS = 0x200;
    static final int AT_NO_AUTOMOUNT = 0x800;
    static final int AT_EMPTY_PATH = 0x1000;
    /** One read or write moves at most this much; callers loop, as they must on Linux too. */
    static final int MAX_IO = 16 << 20;
    /** A read from a stream asks the host for at most this much at a time. */
    static final int STREAM_IO = 64 << 10;
    static final int IOV_MAX = 1024;

    private final LinuxProcess p;

    FileSyscalls(LinuxProcess p) {
        this.p = p;
    }

    // ---- descriptors -------------------------------------------------------------------------

    private FileDescription fd(long fd) {
        FileDescription d = p.fds.get(fd);
        if (d == null) {
            throw new SysError(Errno.EBADF);
        }
        return d;
    }

    long close(long fd) {
        return p.fds.close(fd);
    }

    long dup(long fd) {
        FileDescription d = fd(fd);
        d.retain();
        return p.fds.allocate(d, 0, false);
    }

    long dup3(long oldFd, long newFd, long flags) {
        if ((flags & ~OpenFlags.O_CLOEXEC) != 0 || oldFd == newFd) {
            return -Errno.EINVAL;
        }
        FileDescription d = fd(oldFd);
        if (newFd < 0 || newFd >= FdTable.MAX_FDS) {
            return -Errno.EBADF;
        }
        d.retain();
        p.fds.install((int) newFd, d, (flags & OpenFlags.O_CLOEXEC) != 0);
        return newFd;
    }

    long fcntl(long fd, long cmd, long arg) {
        FileDescription d = fd(fd);
        int f = (int) fd;
        return switch ((int) cmd) {
            case 0, 1030 -> { // F_DUPFD, F_DUPFD_CLOEXEC
                if (arg < 0 || arg >= FdTable.MAX_FDS) {
                    yield -Errno.EINVAL;
                }
                d.retain();
                yield p.fds.allocate(d, (int) arg, cmd == 1030);
            }
            case 1 -> p.fds.cloexec(f) ? 1 : 0; // F_GETFD: FD_CLOEXEC
            case 2 -> { // F_SETFD
                p.fds.setCloexec(f, (arg & 1) != 0);
                yield 0;
            }
            case 3 -> d.statusFlags() & ~OpenFlags.O_CLOEXEC; // F_GETFL
            case 4 -> { // F_SETFL
                d.setStatusFlags((int) arg);
                yield 0;
            }
            case 5 -> { // F_GETLK: one process holds every lock it asked for, so nothing conflicts
                p.io.checkWritable(arg, 32);
                p.io.write(arg, new byte[] {2, 0}); // l_type = F_UNLCK
                yield 0;
            }
            case 6, 7 -> { // F_SETLK, F_SETLKW
                p.io.checkReadable(arg, 32);
                yield 0;
            }
            case 1031 -> -Errno.EINVAL; // F_SETPIPE_SZ: no pipes
            case 1032 -> -Errno.EINVAL; // F_GETPIPE_SZ
            default -> -Errno.EINVAL;
        };
    }

    long ioctl(long fd, long request, long arg) {
        FileDescription d = fd(fd);
        int req = (int) request;
        if (req == 0x5451 || req == 0x5450) { // FIOCLEX, FIONCLEX
            p.fds.setCloexec((int) fd, req == 0x5451);
            return 0;
        }
        if (req == 0x541B) { // FIONREAD
            long n = Math.max(0, d.remaining());
            p.io.write32(arg, (int) Math.min(n, Integer.MAX_VALUE));
            return 0;
        }
        if (req == 0x5421) { // FIONBIO
            int on = p.io.read32(arg);
            d.setStatusFlags(on != 0 ? d.statusFlags() | OpenFlags.O_NONBLOCK : d.statusFlags() & ~OpenFlags.O_NONBLOCK);
            return 0;
        }
        if (!d.isTerminal()) {
            return -Errno.ENOTTY;
        }
        return switch (req) {
            case 0x5401 -> { // TCGETS: the host terminal's settings are not visible from Java; report cooked mode
                p.io.write(arg, defaultTermios());
                yield 0;
            }
            case 0x5402, 0x5403, 0x5404 -> { // TCSETS*: accepted, the host terminal is left as it is
                p.io.checkReadable(arg, 36);
                yield 0;
            }
            case 0x5413 -> { // TIOCGWINSZ: 24 rows, 80 columns
                p.io.write(arg, ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN)
                        .putShort((short) 24).putShort((short) 80).array());
                yield 0;
            }
            case 0x5414 -> 0; // TIOCSWINSZ
            case 0x540F -> { // TIOCGPGRP
                p.io.write32(arg, p.pid);
                yield 0;
            }
            case 0x5410 -> 0; // TIOCSPGRP
            default -> -Errno.EINVAL;
        };
    }

    private static byte[] defaultTermios() {
        ByteBuffer b = ByteBuffer.allocate(36).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(0, 0x0500);  // c_iflag: ICRNL | IXON
        b.putInt(4, 0x0005);  // c_oflag: OPOST | ONLCR
        b.putInt(8, 0x00bf);  // c_cflag: B38400 | CS8 | CREAD
        b.putInt(12, 0x8a3b); // c_lflag: ISIG | ICANON | ECHO | ECHOE | ECHOK | ECHOCTL | ECHOKE | IEXTEN
        byte[] cc = {3, 28, 127, 21, 4, 0, 1, 0, 17, 19, 26, 0, 18, 15, 23, 22, 0, 0, 0};
        b.put(17, cc);
        return b.array();
    }

    // ---- data transfer -----------------------------------------------------------------------

    /** How much to ask the host for: the request, capped, and never past a regular file's end. */
    private static int chunk(FileDescription d, long count) {
        long n = count < 0 ? MAX_IO : Math.min(count, MAX_IO);
        long left = d.remaining();
        if (left >= 0) {
            n = Math.min(n, left);
        } else {
            n = Math.min(n, STREAM_IO);
        }
        return (int) n;
    }

    long read(long fd, long buf, long count) {
        FileDescription d = fd(fd);
        if (!d.readable()) {
            return -Errno.EBADF;
        }
        if (d.isDirectory()) {
            return -Errno.EISDIR;
        }
        if (count == 0) {
            return 0;
        }
        int n = chunk(d, count);
        p.io.checkWritable(buf, n);
        byte[] tmp = new byte[n];
        long got = d.read(tmp, 0, n);
        if (got > 0) {
            p.io.write(buf, tmp, 0, (int) got);
        }
        return got;
    }

    long write(long fd, long buf, long count) {
        FileDescription d = fd(fd);
        if (!d.writable()) {
            return -Errno.EBADF;
        }
        if (count == 0) {
            return 0;
        }
        int n = (int) (count < 0 ? MAX_IO : Math.min(count, MAX_IO));
        byte[] data = p.io.read(buf, n);
        return brokenPipe(d.write(data, 0, n));
    }

    /** Writing to a pipe nobody reads raises SIGPIPE (default action: die quietly), then EPIPE. */
    private long brokenPipe(long result) {
        if (result == -Errno.EPIPE) {
            p.raiseSignal(LinuxProcess.SIGPIPE);
        }
        return result;
    }

    long pread(long fd, long buf, long count, long offset) {
        FileDescription d = fd(fd);
        if (!d.readable()) {
            return -Errno.EBADF;
        }
        if (offset < 0) {
            return -Errno.EINVAL;
        }
        int n = (int) (count < 0 ? MAX_IO : Math.min(count, MAX_IO));
        if (d instanceof HostFile hf) {
            n = (int) Math.min(n, Math.max(0, hf.size() - offset));
        } else if (d.isDirectory()) {
            return -Errno.EISDIR;
        } else {
            n = Math.min(n, STREAM_IO);
        }
        p.io.checkWritable(buf, n);
        byte[] tmp = new byte[n];
        long got = d.pread(tmp, 0, n, offset);
        if (got > 0) {
            p.io.write(buf, tmp, 0, (int) got);
        }
        return got;
    }

    long pwrite(long fd, long buf, long count, long offset) {
        FileDescription d = fd(fd);
        if (!d.writable()) {
            return -Errno.EBADF;
        }
        if (offset < 0) {
            return -Errno.EINVAL;
        }
        int n = (int) (count < 0 ? MAX_IO : Math.min(count, MAX_IO));
        byte[] data = p.io.read(buf, n);
        return d.pwrite(data, 0, n, offset);
    }

    /** The (base, len) pairs of an iovec array, lengths capped so their sum stays within MAX_IO. */
    private long[][] iovecs(long iov, long count) {
        if (count < 0 || count > IOV_MAX) {
            throw new SysError(Errno.EINVAL);
        }
        ByteBuffer b = ByteBuffer.wrap(p.io.read(iov, (int) count * 16)).order(ByteOrder.LITTLE_ENDIAN);
        long[][] out = new long[(int) count][2];
        long total = 0;
        for (int i = 0; i < count; i++) {
            long base = b.getLong(16 * i);
            long len = b.getLong(16 * i + 8);
            if (len < 0) {
                throw new SysError(Errno.EINVAL);
            }
            long take = Math.min(len, MAX_IO - total);
            out[i][0] = base;
            out[i][1] = take;
            total += take;
        }
        return out;
    }

    long readv(long fd, long iov, long count) {
        FileDescription d = fd(fd);
        if (!d.readable()) {
            return -Errno.EBADF;
        }
        if (d.isDirectory()) {
            return -Errno.EISDIR;
        }
        long[][] v = iovecs(iov, count);
        long total = 0;
        for (long[] e : v) {
            total += e[1];
        }
        int n = chunk(d, total);
        long left = n;
        for (long[] e : v) { // check the part that will be filled before consuming any input
            long take = Math.min(left, e[1]);
            p.io.checkWritable(e[0], take);
            left -= take;
        }
        byte[] tmp = new byte[n];
        long got = n == 0 ? 0 : d.read(tmp, 0, n);
        int at = 0;
        for (long[] e : v) {
            if (at >= got) {
                break;
            }
            int take = (int) Math.min(got - at, e[1]);
            p.io.write(e[0], tmp, at, take);
            at += take;
        }
        return got;
    }

    long writev(long fd, long iov, long count) {
        FileDescription d = fd(fd);
        if (!d.writable()) {
            return -Errno.EBADF;
        }
        long[][] v = iovecs(iov, count);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (long[] e : v) {
            out.writeBytes(p.io.read(e[0], (int) e[1]));
        }
        byte[] data = out.toByteArray();
        return data.length == 0 ? 0 : brokenPipe(d.write(data, 0, data.length));
    }

    long lseek(long fd, long offset, long whence) {
        return fd(fd).seek(offset, (int) whence);
    }

    long sendfile(long outFd, long inFd, long offsetPtr, long count) {
        FileDescription out = fd(outFd);
        FileDescription in = fd(inFd);
        if (!in.readable() || !out.writable()) {
            return -Errno.EBADF;
        }
        long offset = offsetPtr != 0 ? p.io.read64(offsetPtr) : -1;
        if (offsetPtr != 0 && offset < 0) {
            return -Errno.EINVAL;
        }
        long want = count < 0 ? MAX_IO : Math.min(count, MAX_IO);
        long done = 0;
        while (done < want) {
            int n = (int) Math.min(want - done, STREAM_IO);
            byte[] tmp = new byte[n];
            long got = offset >= 0 ? in.pread(tmp, 0, n, offset + done) : in.read(tmp, 0, n);
            if (got <= 0) {
                if (done == 0 && got < 0) {
                    return got;
                }
                break;
            }
            long put = brokenPipe(out.write(tmp, 0, (int) got));
            if (put < 0) {
                if (done == 0) {
                    return put;
                }
                break;
            }
            done += got;
            if (got < n) {
                break;
            }
        }
        if (offsetPtr != 0) {
            p.io.write64(offsetPtr, offset + done);
        }
        return done;
    }

    long ppoll(long fds, long nfds, long timeout) {
        if (nfds < 0 || nfds > FdTable.MAX_FDS) {
            return -Errno.EINVAL;
        }
        ByteBuffer b = ByteBuffer.wrap(p.io.read(fds, (int) nfds * 8)).order(ByteOrder.LITTLE_ENDIAN);
        int ready = 0;
        for (int i = 0; i < nfds; i++) {
            int fd = b.getInt(8 * i);
            short events = b.getShort(8 * i + 4);
            short revents = 0;
            if (fd >= 0) {
                FileDescription d = p.fds.get(fd);
                // Host files and passed-through streams are always ready: a read blocks in the host if it must.
                revents = d == null ? (short) 0x20 : (short) (events & (0x1 | 0x4 | 0x40 | 0x100));
            }
            b.putShort(8 * i + 6, revents);
            if (revents != 0) {
                ready++;
            }
        }
        p.io.write(fds, b.array());
        if (ready == 0) {
            if (timeout == 0) {
                p.terminate(new Termination(1, "ppoll with no descriptors and no timeout would wait forever"));
                return 0;
            }
            long[] ts = TimeSyscalls.readTimespec(p.io, timeout);
            p.clock.sleep(ts[0] * 1_000_000_000L + ts[1]);
        }
        return ready;
    }

    // ---- paths -------------------------------------------------------------------------------

    /** Resolves a path argument against dirfd (AT_FDCWD: the working directory). */
    Path resolve(long dirfd, String path) {
        if (path.isEmpty()) {
            throw new SysError(Errno.ENOENT);
        }
        try {
            if (path.startsWith("/")) {
                return Path.of(path);
            }
            return base(dirfd).resolve(path);
        } catch (InvalidPathException e) {
            throw new SysError(Errno.ENOENT);
        }
    }

    private Path base(long dirfd) {
        if ((int) dirfd == AT_FDCWD) {
            return Path.of(p.cwd);
        }
        FileDescription d = fd((int) dirfd);
        if (!d.isDirectory()) {
            throw new SysError(Errno.ENOTDIR);
        }
        return d.path();
    }

    private static LinkOption[] links(boolean follow) {
        return follow ? new LinkOption[0] : new LinkOption[] {LinkOption.NOFOLLOW_LINKS};
    }

    private static long fail(Exception e) {
        return -HostErrors.errno(e);
    }

    long openat(long dirfd, long pathPtr, long flagsArg, long modeArg) {
        String path = p.io.readPath(pathPtr);
        int flags = (int) flagsArg;
        int mode = (int) modeArg & 07777;
        boolean cloexec = (flags & OpenFlags.O_CLOEXEC) != 0;
        int acc = flags & OpenFlags.O_ACCMODE;
        if (acc == 3 || (flags & OpenFlags.O_TMPFILE) == OpenFlags.O_TMPFILE) {
            return acc == 3 ? -Errno.EINVAL : -Errno.EOPNOTSUPP;
        }
        int keep = flags & ~(OpenFlags.O_CREAT | OpenFlags.O_EXCL | OpenFlags.O_TRUNC | OpenFlags.O_CLOEXEC
                | OpenFlags.O_NOCTTY | OpenFlags.O_LARGEFILE | OpenFlags.O_DIRECTORY | OpenFlags.O_NOFOLLOW);
        FileDescription special = special(path, keep);
        if (special != null) {
            return p.fds.allocate(special, 0, cloexec);
        }
        Path file = resolve(dirfd, path);
        boolean follow = (flags & OpenFlags.O_NOFOLLOW) == 0;
        LinkOption[] lo = links(follow);
        boolean exists = Files.exists(file, LinkOption.NOFOLLOW_LINKS) && (Files.exists(file) || !follow);
        boolean creating = (flags & OpenFlags.O_CREAT) != 0;
        if (exists && creating && (flags & OpenFlags.O_EXCL) != 0) {
            return -Errno.EEXIST;
        }
        if (exists && !follow && Files.isSymbolicLink(file) && (flags & OpenFlags.O_PATH) == 0) {
            return -Errno.ELOOP;
        }
        try {
            if (exists && Files.isDirectory(file, lo)) {
                if ((acc != OpenFlags.O_RDONLY || creating) && (flags & OpenFlags.O_PATH) == 0) {
                    return -Errno.EISDIR;
                }
                return p.fds.allocate(new HostDirectory(file.toRealPath(), keep), 0, cloexec);
            }
            if ((flags & OpenFlags.O_DIRECTORY) != 0) {
                return exists ? -Errno.ENOTDIR : -Errno.ENOENT;
            }
            if ((flags & OpenFlags.O_PATH) != 0) {
                if (!exists) {
                    return -Errno.ENOENT;
                }
                return p.fds.allocate(new PathHandle(file, keep), 0, cloexec);
            }
            Set<OpenOption> opts = new HashSet<>();
            if (acc != OpenFlags.O_WRONLY) {
                opts.add(StandardOpenOption.READ);
            }
            if (acc != OpenFlags.O_RDONLY) {
                opts.add(StandardOpenOption.WRITE);
                if ((flags & OpenFlags.O_TRUNC) != 0) {
                    opts.add(StandardOpenOption.TRUNCATE_EXISTING);
                }
            }
            if (!follow) {
                opts.add(LinkOption.NOFOLLOW_LINKS);
            }
            FileAttribute<?>[] attrs = new FileAttribute<?>[0];
            if (creating) {
                opts.add((flags & OpenFlags.O_EXCL) != 0 ? StandardOpenOption.CREATE_NEW : StandardOpenOption.CREATE);
                attrs = new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(permissions(mode & ~p.umask))};
                if (acc == OpenFlags.O_RDONLY) {
                    opts.add(StandardOpenOption.WRITE); // the JDK creates only when writing; access stays read-only
                }
            }
            FileChannel ch = FileChannel.open(file, opts, attrs);
            return p.fds.allocate(new HostFile(ch, file, keep, Files.isRegularFile(file)), 0, cloexec);
        } catch (IOException | RuntimeException e) {
            return fail(e);
        }
    }

    /** Device and process files that must not reach the host: they would break determinism or isolation. */
    private FileDescription special(String path, int flags) {
        switch (path) {
            case "/dev/urandom", "/dev/random" -> {
                return new RandomDevice(p::randomBytes, path.equals("/dev/random") ? 8 : 9, flags);
            }
            case "/dev/stdin", "/dev/stdout", "/dev/stderr" -> {
                return shared(path.equals("/dev/stdin") ? 0 : path.equals("/dev/stdout") ? 1 : 2);
            }
            case "/sys/devices/system/cpu/online", "/sys/devices/system/cpu/possible" -> {
                return new MemoryFile("0\n".getBytes(StandardCharsets.US_ASCII), flags);
            }
            default -> {
                for (String prefix : new String[] {"/dev/fd/", "/proc/self/fd/"}) {
                    if (path.startsWith(prefix) && path.substring(prefix.length()).matches("[0-9]{1,4}")) {
                        return shared(Integer.parseInt(path.substring(prefix.length())));
                    }
                }
                return null;
            }
        }
    }

    /** Reopening one of the process's own fds by name: another reference to the same description. */
    private FileDescription shared(int fd) {
        FileDescription d = p.fds.get(fd);
        if (d == null) {
            throw new SysError(Errno.ENOENT);
        }
        d.retain();
        return d;
    }

    static Set<PosixFilePermission> permissions(int mode) {
        StringBuilder s = new StringBuilder();
        String rwx = "rwxrwxrwx";
        for (int i = 0; i < 9; i++) {
            s.append((mode & (0400 >> i)) != 0 ? rwx.charAt(i) : '-');
        }
        return PosixFilePermissions.fromString(s.toString());
    }

    private StatInfo statAt(long dirfd, long pathPtr, long flags) throws IOException {
        String path = p.io.readPath(pathPtr);
        if (path.isEmpty()) {
            if ((flags & AT_EMPTY_PATH) == 0) {
                throw new SysError(Errno.ENOENT);
            }
            if ((int) dirfd == AT_FDCWD) {
                return StatInfo.ofHost(Path.of(p.cwd), true);
            }
            return fd((int) dirfd).stat();
        }
        FileDescription special = special(path, 0);
        if (special != null) {
            try {
                return special.stat();
            } finally {
                special.release();
            }
        }
        return StatInfo.ofHost(resolve(dirfd, path), (flags & AT_SYMLINK_NOFOLLOW) == 0);
    }

    long newfstatat(long dirfd, long pathPtr, long buf, long flags) {
        if ((flags & ~(AT_SYMLINK_NOFOLLOW | AT_EMPTY_PATH | AT_NO_AUTOMOUNT)) != 0) {
            return -Errno.EINVAL;
        }
        p.io.checkWritable(buf, StatInfo.STAT_SIZE);
        try {
            p.io.write(buf, statAt(dirfd, pathPtr, flags).toStat());
            return 0;
        } catch (IOException | RuntimeException e) {
            if (e instanceof SysError s) {
                throw s;
            }
            return fail(e);
        }
    }

    long statx(long dirfd, long pathPtr, long flags, long mask, long buf) {
        if ((flags & ~(AT_SYMLINK_NOFOLLOW | AT_EMPTY_PATH | AT_NO_AUTOMOUNT | 0x6000)) != 0) {
            return -Errno.EINVAL;
        }
        p.io.checkWritable(buf, StatInfo.STATX_SIZE);
        try {
            p.io.write(buf, statAt(dirfd, pathPtr, flags).toStatx());
            return 0;
        } catch (IOException | RuntimeException e) {
            if (e instanceof SysError s) {
                throw s;
            }
            return fail(e);
        }
    }

    long fstat(long fd, long buf) {
        FileDescription d = fd(fd);
        p.io.checkWritable(buf, StatInfo.STAT_SIZE);
        try {
            p.io.write(buf, d.stat().toStat());
            return 0;
        } catch (IOException | RuntimeException e) {
            if (e instanceof SysError s) {
                throw s;
            }
            return fail(e);
        }
    }

    long readlinkat(long dirfd, long pathPtr, long buf, long size) {
        String path = p.io.readPath(pathPtr);
        if (size <= 0 || size > Integer.MAX_VALUE) {
            return -Errno.EINVAL;
        }
        String target;
        if (path.equals("/proc/self/exe") || path.equals("/proc/" + p.pid + "/exe")) {
            target = p.exePath;
        } else {
            try {
                target = Files.readSymbolicLink(resolve(dirfd, path)).toString();
            } catch (IOException | RuntimeException e) {
                if (e instanceof SysError s) {
                    throw s;
                }
                return fail(e);
            }
        }
        byte[] b = target.getBytes(StandardCharsets.UTF_8);
        int n = (int) Math.min(b.length, size);
        p.io.write(buf, b, 0, n);
        return n;
    }

    long getcwd(long buf, long size) {
        byte[] b = (p.cwd + "\0").getBytes(StandardCharsets.UTF_8);
        if (size < b.length) {
            return -Errno.ERANGE;
        }
        p.io.write(buf, b);
        return b.length;
    }

    long chdir(long pathPtr) {
        Path dir = resolve(AT_FDCWD, p.io.readPath(pathPtr));
        if (!Files.exists(dir)) {
            return -Errno.ENOENT;
        }
        if (!Files.isDirectory(dir)) {
            return -Errno.ENOTDIR;
        }
        try {
            p.cwd = dir.toRealPath().toString();
            return 0;
        } catch (IOException | RuntimeException e) {
            return fail(e);
        }
    }

    long fchdir(long fd) {
        FileDescription d = fd(fd);
        if (!d.isDirectory()) {
            return -Errno.ENOTDIR;
        }
        p.cwd = d.path().toString();
        return 0;
    }

    long getdents64(long fd, long dirp, long count) {
        FileDescription d = fd(fd);
        if (!(d instanceof HostDirectory dir)) {
            return -Errno.ENOTDIR;
        }
        int n = (int) Math.min(count < 0 ? MAX_IO : count, 1 << 20);
        p.io.checkWritable(dirp, n);
        byte[] out = new byte[n];
        long used = dir.getdents(out);
        if (used > 0) {
            p.io.write(dirp, out, 0, (int) used);
        }
        return used;
    }

    long mkdirat(long dirfd, long pathPtr, long mode) {
        Path dir = resolve(dirfd, p.io.readPath(pathPtr));
        try {
            Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(permissions((int) mode & ~p.umask)));
            return 0;
        } catch (IOException | RuntimeException e) {
            return fail(e);
        }
    }

    long unlinkat(long dirfd, long pathPtr, long flags) {
        if ((flags & ~AT_REMOVEDIR) != 0) {
            return -Errno.EINVAL;
        }
        Path file = resolve(dirfd, p.io.readPath(pathPtr));
        boolean isDir = Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS);
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return -Errno.ENOENT;
        }
        if ((flags & AT_REMOVEDIR) != 0 && !isDir) {
            return -Errno.ENOTDIR;
        }
        if ((flags & AT_REMOVEDIR) == 0 && isDir) {
            return -Errno.EISDIR;
        }
        try {
            Files.delete(file);
            return 0;
        } catch (IOException | RuntimeException e) {
            return fail(e);
        }
    }

    long renameat2(long oldDirfd, long oldPtr, long newDirfd, long newPtr, long flags) {
        if ((flags & ~1L) != 0) {
            return -Errno.EINVAL; // RENAME_EXCHANGE and RENAME_WHITEOUT are not offered
        }
        Path from = resolve(oldDirfd, p.io.readPath(oldPtr));
        Path to = resolve(newDirfd, p.io.readPath(newPtr));
        if (!Files.exists(from, LinkOption.NOFOLLOW_LINKS)) {
            return -Errno.ENOENT;
        }
        if ((flags & 1) != 0 && Files.exists(to, LinkOption.NOFOLLOW_LINKS)) {
            return -Errno.EEXIST;
        }
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE); // rename(2): replaces the target
            return 0;
        } catch (IOException | RuntimeException e) {
            return fail(e);
        }
    }

    long symlinkat(long targetPtr, long dirfd, long linkPtr) {
        String target = p.io.readPath(targetPtr);
        Path link = resolve(dirfd, p.io.readPath(linkPtr));
        try {
            Files.createSymbolicLink(link, Path.of(target));
            return 0;
        } catch (IOException | RuntimeException e) {
            return fail(e);
        }
    }

    long linkat(long oldDirfd, long oldPtr, long newDirfd, long newPtr) {
        Path existing = resolve(oldDirfd, p.io.readPath(oldPtr));
        Path link = resolve(newDirfd, p.io.readPath(newPtr));
        try {
            Files.createLink(link, existing);
            return 0;
        } catch (IOException | RuntimeException e) {
            return fail(e);
        }
    }

    long faccessat(long dirfd, long pathPtr, long mode, long flags) {
        if ((mode & ~7L) != 0 || (flags & ~(AT_EACCESS | AT_SYMLINK_NOFOLLOW | AT_EMPTY_PATH)) != 0) {
            return -Errno.EINVAL;
        }
        Path file = resolve(dirfd, p.io.readPath(pathPtr));
        try {
            StatInfo.ofHost(file, (flags & AT_SYMLINK_NOFOLLOW) == 0);
        } catch (IOException | RuntimeException e) {
            return fail(e);
        }
        if (((mode & 4) != 0 && !Files.isReadable(file)) || ((mode & 2) != 0 && !Files.isWritable(file))
                || ((mode & 1) != 0 && !Files.isExecutable(file))) {
            return -Errno.EACCES;
        }
        return 0;
    }

    long fchmodat(long dirfd, long pathPtr, long mode) {
        Path file = resolve(dirfd, p.io.readPath(pathPtr));
        return chmod(file, (int) mode);
    }

    long fchmod(long fd, long mode) {
        FileDescription d = fd(fd);
        return d.path() == null ? -Errno.EINVAL : chmod(d.path(), (int) mode);
    }

    private static long chmod(Path file, int mode) {
        try {
            Files.setAttribute(file, "unix:mode", mode & 07777);
            return 0;
        } catch (IOException | RuntimeException e) {
            return fail(e);
        }
    }

    /** chown to anything but the guest's own ids needs privileges the guest does not have. */
    long fchownat(long dirfd, long pathPtr, long uid, long gid, long flags) {
        Path file = resolve(dirfd, p.io.readPath(pathPtr));
        if (!Files.exists(file, links((flags & AT_SYMLINK_NOFOLLOW) == 0))) {
            return -Errno.ENOENT;
        }
        return chownAllowed(uid, gid);
    }

    long fchown(long fd, long uid, long gid) {
        fd(fd);
        return chownAllowed(uid, gid);
    }

    private long chownAllowed(long uid, long gid) {
        boolean uidOk = (int) uid == -1 || (int) uid == p.options.uid();
        boolean gidOk = (int) gid == -1 || (int) gid == p.options.gid();
        return uidOk && gidOk ? 0 : -Errno.EPERM;
    }

    long utimensat(long dirfd, long pathPtr, long times, long flags) {
        Path file;
        if (pathPtr == 0) {
            FileDescription d = fd((int) dirfd);
            if (d.path() == null) {
                return -Errno.EINVAL;
            }
            file = d.path();
        } else {
            file = resolve(dirfd, p.io.readPath(pathPtr));
        }
        FileTime atime;
        FileTime mtime;
        long now = p.clock.realtimeNs();
        if (times == 0) {
            atime = mtime = fileTime(now);
        } else {
            long[] a = TimeSyscalls.readTimespecRaw(p.io, times);
            long[] m = TimeSyscalls.readTimespecRaw(p.io, times + 16);
            atime = utime(a, now);
            mtime = utime(m, now);
        }
        try {
            BasicFileAttributeView view = Files.getFileAttributeView(file, BasicFileAttributeView.class,
                    links((flags & AT_SYMLINK_NOFOLLOW) == 0));
            view.setTimes(mtime, atime, null);
            return 0;
        } catch (IOException | RuntimeException e) {
            if (e instanceof SysError s) {
                throw s;
            }
            return fail(e);
        }
    }

    private static FileTime utime(long[] ts, long now) {
        if (ts[1] == (1 << 30) - 1) { // UTIME_NOW
            return fileTime(now);
        }
        if (ts[1] == (1 << 30) - 2) { // UTIME_OMIT
            return null;
        }
        if (ts[1] < 0 || ts[1] >= 1_000_000_000L) {
            throw new SysError(Errno.EINVAL);
        }
        return FileTime.from(java.time.Instant.ofEpochSecond(ts[0], ts[1]));
    }

    private static FileTime fileTime(long ns) {
        return FileTime.from(java.time.Instant.ofEpochSecond(Math.floorDiv(ns, 1_000_000_000L),
                Math.floorMod(ns, 1_000_000_000L)));
    }

    long ftruncate(long fd, long length) {
        FileDescription d = fd(fd);
        if (length < 0 || !d.writable()) {
            return -Errno.EINVAL;
        }
        return d.truncate(length);
    }

    long truncate(long pathPtr, long length) {
        Path file = resolve(AT_FDCWD, p.io.readPath(pathPtr));
        if (length < 0) {
            return -Errno.EINVAL;
        }
        if (Files.isDirectory(file)) {
            return -Errno.EISDIR;
        }
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            return new HostFile(ch, file, OpenFlags.O_WRONLY, true).truncate(length);
        } catch (IOException | RuntimeException e) {
            return fail(e);
        }
    }

    long fsync(long fd) {
        return fd(fd).sync();
    }

    long flock(long fd) {
        fd(fd);
        return 0; // one process: every lock it asks for is free
    }

    long fadvise(long fd) {
        fd(fd);
        return 0;
    }
}
