package nova.linuxuser.sys;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nova.hw.mem.Perm;
import nova.linuxuser.fs.StdInput;
import nova.linuxuser.fs.StdOutput;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** File syscalls on host files, relative to the guest's cwd; guest pointers checked (EFAULT). */
class FileSyscallsTest extends SyscallTestBase {
    static final long AT_FDCWD = -100;
    static final long PATH = SCRATCH;
    static final long BUF = SCRATCH + 0x1000;
    static final int O_WRONLY_CREAT_TRUNC = 01 | 0100 | 01000;

    @TempDir
    Path dir;
    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void stdio() {
        StdOutput stdout = new StdOutput(new java.io.BufferedOutputStream(out, 1 << 16), false, false, () -> {});
        process.fds().install(0, new StdInput(new ByteArrayInputStream("input".getBytes()), false,
                process.fds()::flushAll), false);
        process.fds().install(1, stdout, false);
        process.fds().install(2, new StdOutput(err, false, true, stdout::flush), false);
        process.cwd = dir.toString();
    }

    long open(String path, int flags, int mode) {
        return call(Nr.OPENAT, AT_FDCWD, putString(PATH, path), flags, mode);
    }

    @Test
    void writeReadSeekRoundTripRelativeToCwd() throws Exception {
        long fd = open("f.txt", O_WRONLY_CREAT_TRUNC, 0644);
        assertEquals(3, fd, "lowest free descriptor after stdio");
        put(BUF, "hello world".getBytes());
        assertEquals(11, call(Nr.WRITE, fd, BUF, 11));
        assertEquals(0, call(Nr.CLOSE, fd));
        assertEquals("hello world", Files.readString(dir.resolve("f.txt")));
        fd = open("f.txt", 2, 0);
        assertEquals(6, call(Nr.LSEEK, fd, 6, 0));
        assertEquals(5, call(Nr.READ, fd, BUF + 100, 100));
        assertArrayEquals("world".getBytes(), get(BUF + 100, 5));
        assertEquals(0, call(Nr.READ, fd, BUF + 100, 100), "EOF");
        assertEquals(5, call(Nr.PREAD64, fd, BUF + 200, 5, 0));
        assertArrayEquals("hello".getBytes(), get(BUF + 200, 5));
        assertEquals(-Errno.EINVAL, call(Nr.LSEEK, fd, -100, 1));
        assertEquals(-Errno.EBADF, call(Nr.CLOSE, 99));
    }

    @Test
    void badPointersAreEfaultAndConsumeNothing() {
        assertEquals(-Errno.EFAULT, call(Nr.WRITE, 1, UNMAPPED, 10));
        assertEquals(-Errno.EFAULT, call(Nr.READ, 0, UNMAPPED, 10));
        assertEquals(5, call(Nr.READ, 0, BUF, 10), "the failed read did not consume stdin");
        assertEquals(-Errno.EFAULT, call(Nr.OPENAT, AT_FDCWD, UNMAPPED, 0, 0));
        assertEquals(-Errno.EFAULT, call(Nr.OPENAT, AT_FDCWD, 0, 0, 0));
        assertEquals(-Errno.EFAULT, call(Nr.FSTAT, 1, UNMAPPED));
        assertEquals(-Errno.EFAULT, call(Nr.WRITE, 1, -16, 32), "a range that wraps around");
        assertEquals(-Errno.EFAULT, call(Nr.WRITEV, 1, UNMAPPED, 1));
        space.protect(SCRATCH + 0x8000, SCRATCH + 0x9000, Perm.R);
        assertEquals(-Errno.EFAULT, call(Nr.GETCWD, SCRATCH + 0x8000, 4096), "read-only destination");
    }

    @Test
    void stdoutIsBufferedAndFlushedOnCloseAndBeforeStderr() {
        put(BUF, "out\nerr\n".getBytes());
        assertEquals(4, call(Nr.WRITE, 1, BUF, 4));
        assertEquals(0, out.size(), "buffered");
        assertEquals(4, call(Nr.WRITE, 2, BUF + 4, 4));
        assertEquals("out\n", out.toString(), "flushed before stderr output");
        assertEquals(4, call(Nr.WRITE, 1, BUF, 4));
        assertEquals(0, call(Nr.CLOSE, 1));
        assertEquals("out\nout\n", out.toString(), "closing the last fd flushes");
    }

    @Test
    void writeToABrokenPipeRaisesSigpipe() {
        java.io.OutputStream closedPipe = new java.io.OutputStream() {
            @Override
            public void write(int b) throws java.io.IOException {
                throw new java.io.IOException("Broken pipe");
            }
        };
        process.fds().install(1, new StdOutput(closedPipe, false, true, () -> {}), false);
        put(BUF, "x".getBytes());
        assertEquals(-Errno.EPIPE, call(Nr.WRITE, 1, BUF, 1));
        assertEquals(141, process.termination().status(), "killed by SIGPIPE");
        assertEquals(null, process.termination().message(), "quietly, as a shell reports it");
    }

    @Test
    void ignoredSigpipeLeavesOnlyEpipe() {
        java.io.OutputStream closedPipe = new java.io.OutputStream() {
            @Override
            public void write(int b) throws java.io.IOException {
                throw new java.io.IOException("Broken pipe");
            }
        };
        process.fds().install(1, new StdOutput(closedPipe, false, true, () -> {}), false);
        put64(BUF, 1); // SIG_IGN
        assertEquals(0, call(Nr.RT_SIGACTION, 13, BUF, 0, 8));
        assertEquals(-Errno.EPIPE, call(Nr.WRITE, 1, BUF, 1));
        assertEquals(null, process.termination());
    }

    @Test
    void writevGathersAndReadvScatters() throws Exception {
        put(BUF, "abcdef".getBytes());
        long iov = BUF + 0x100;
        put64(iov, BUF);
        put64(iov + 8, 2);
        put64(iov + 16, BUF + 3);
        put64(iov + 24, 3);
        long fd = open("v", O_WRONLY_CREAT_TRUNC, 0600);
        assertEquals(5, call(Nr.WRITEV, fd, iov, 2));
        assertEquals("abdef", Files.readString(dir.resolve("v")));
        assertEquals(-Errno.EINVAL, call(Nr.WRITEV, fd, iov, 5000));
        long rfd = open("v", 0, 0);
        put64(iov, BUF + 0x200);
        put64(iov + 16, BUF + 0x300);
        assertEquals(5, call(Nr.READV, rfd, iov, 2));
        assertArrayEquals("ab".getBytes(), get(BUF + 0x200, 2));
        assertArrayEquals("def".getBytes(), get(BUF + 0x300, 3));
    }

    @Test
    void openErrors() throws Exception {
        assertEquals(-Errno.ENOENT, open("missing", 0, 0));
        Files.writeString(dir.resolve("x"), "x");
        assertEquals(-Errno.EEXIST, open("x", 01 | 0100 | 0200, 0600));
        assertEquals(-Errno.ENOTDIR, open("x", 040000, 0));
        assertEquals(-Errno.EISDIR, open(".", 1, 0));
        assertEquals(-Errno.ENOENT, open("", 0, 0));
        assertEquals(-Errno.ENOTDIR, open("x/y", 0, 0));
        long fd = open("x", 0, 0);
        assertEquals(-Errno.EBADF, call(Nr.WRITE, fd, BUF, 1), "read-only descriptor");
        assertEquals(-Errno.EISDIR, call(Nr.READ, open(".", 0, 0), BUF, 10));
    }

    @Test
    void fstatAndNewfstatat() throws Exception {
        Files.writeString(dir.resolve("s"), "12345");
        assertEquals(0, call(Nr.NEWFSTATAT, AT_FDCWD, putString(PATH, "s"), BUF, 0));
        assertEquals(0100000, u32(BUF + 16) & 0170000, "S_IFREG");
        assertEquals(5, u64(BUF + 48), "st_size");
        assertEquals(0, call(Nr.NEWFSTATAT, AT_FDCWD, putString(PATH, "."), BUF, 0));
        assertEquals(0040000, u32(BUF + 16) & 0170000, "S_IFDIR");
        long fd = open("s", 0, 0);
        assertEquals(0, call(Nr.NEWFSTATAT, fd, putString(PATH, ""), BUF, 0x1000), "AT_EMPTY_PATH");
        assertEquals(5, u64(BUF + 48));
        assertEquals(-Errno.ENOENT, call(Nr.NEWFSTATAT, fd, putString(PATH, ""), BUF, 0));
        assertEquals(0, call(Nr.FSTAT, 1, BUF));
        assertEquals(0010000, u32(BUF + 16) & 0170000, "stdout to a non-terminal reads as a pipe");
        assertEquals(0, call(Nr.STATX, AT_FDCWD, putString(PATH, "s"), 0, 0x7ff, BUF));
        assertEquals(5, u64(BUF + 40), "stx_size");
    }

    @Test
    void directoriesMkdirGetdentsRenameUnlink() throws Exception {
        assertEquals(0, call(Nr.MKDIRAT, AT_FDCWD, putString(PATH, "d"), 0755));
        assertEquals(-Errno.EEXIST, call(Nr.MKDIRAT, AT_FDCWD, putString(PATH, "d"), 0755));
        Files.writeString(dir.resolve("d/a"), "1");
        Files.writeString(dir.resolve("d/b"), "2");
        long dfd = open("d", 040000, 0);
        List<String> names = new ArrayList<>();
        long n;
        while ((n = call(Nr.GETDENTS64, dfd, BUF, 64)) > 0) {
            for (long at = 0; at < n;) {
                int reclen = Short.toUnsignedInt((short) u32(BUF + at + 16));
                byte[] name = get(BUF + at + 19, reclen - 19);
                int len = 0;
                while (name[len] != 0) {
                    len++;
                }
                names.add(new String(name, 0, len, StandardCharsets.UTF_8));
                at += reclen;
            }
        }
        assertEquals(0, n);
        names.sort(null);
        assertEquals(List.of(".", "..", "a", "b"), names);
        assertEquals(0, call(Nr.RENAMEAT, dfd, putString(PATH, "a"), dfd, putString(PATH + 0x100, "c")));
        assertTrue(Files.exists(dir.resolve("d/c")));
        assertEquals(-Errno.EEXIST, call(Nr.RENAMEAT2, dfd, putString(PATH, "b"), dfd, putString(PATH + 0x100, "c"), 1));
        assertEquals(-Errno.EISDIR, call(Nr.UNLINKAT, AT_FDCWD, putString(PATH, "d"), 0));
        assertEquals(-Errno.ENOTEMPTY, call(Nr.UNLINKAT, AT_FDCWD, putString(PATH, "d"), 0x200));
        assertEquals(0, call(Nr.UNLINKAT, dfd, putString(PATH, "b"), 0));
        assertEquals(-Errno.ENOTDIR, call(Nr.UNLINKAT, dfd, putString(PATH, "c"), 0x200));
        assertEquals(0, call(Nr.UNLINKAT, dfd, putString(PATH, "c"), 0));
        assertEquals(0, call(Nr.UNLINKAT, AT_FDCWD, putString(PATH, "d"), 0x200));
        assertFalse(Files.exists(dir.resolve("d")));
    }

    @Test
    void cwdChdirFchdirGetcwd() throws Exception {
        Files.createDirectory(dir.resolve("sub"));
        String real = dir.toRealPath().toString();
        assertEquals(-Errno.ERANGE, call(Nr.GETCWD, BUF, 2));
        assertEquals(0, call(Nr.CHDIR, putString(PATH, "sub")));
        assertEquals(real.length() + 5, call(Nr.GETCWD, BUF, 4096));
        assertArrayEquals((real + "/sub\0").getBytes(), get(BUF, real.length() + 5));
        assertEquals(-Errno.ENOENT, call(Nr.CHDIR, putString(PATH, "nope")));
        long fd = open(real, 040000, 0);
        assertEquals(0, call(Nr.FCHDIR, fd));
        assertEquals(real, process.cwd());
        assertEquals(-Errno.ENOTDIR, call(Nr.FCHDIR, 1));
    }

    @Test
    void readlinkProcSelfExe() {
        assertEquals(9, call(Nr.READLINKAT, AT_FDCWD, putString(PATH, "/proc/self/exe"), BUF, 100));
        assertArrayEquals("/opt/prog".getBytes(), get(BUF, 9));
        assertEquals(4, call(Nr.READLINKAT, AT_FDCWD, PATH, BUF + 100, 4), "truncated, no NUL");
        assertEquals(-Errno.EINVAL, call(Nr.READLINKAT, AT_FDCWD, PATH, BUF, 0));
    }

    @Test
    void dupDup3Fcntl() {
        assertEquals(3, call(Nr.DUP, 1));
        assertEquals(10, call(Nr.DUP3, 1, 10, 02000000));
        assertEquals(1, call(Nr.FCNTL, 10, 1), "FD_CLOEXEC from dup3(O_CLOEXEC)");
        assertEquals(0, call(Nr.FCNTL, 3, 1));
        assertEquals(-Errno.EINVAL, call(Nr.DUP3, 1, 1, 0));
        assertEquals(-Errno.EBADF, call(Nr.DUP3, 50, 11, 0));
        assertEquals(20, call(Nr.FCNTL, 1, 1030, 20), "F_DUPFD_CLOEXEC at or above 20");
        assertEquals(1, call(Nr.FCNTL, 1, 3) & 3, "F_GETFL: O_WRONLY");
        assertEquals(0, call(Nr.FCNTL, 1, 4, 04000));
        assertEquals(04000, call(Nr.FCNTL, 3, 3) & 04000, "status flags are shared by dups");
        assertEquals(-Errno.EBADF, call(Nr.FCNTL, 77, 1));
    }

    @Test
    void ioctlOnNonTerminalIsEnotty() {
        assertEquals(-Errno.ENOTTY, call(Nr.IOCTL, 1, 0x5401, BUF));
        assertEquals(-Errno.ENOTTY, call(Nr.IOCTL, 0, 0x5413, BUF));
        process.fds().install(5, new StdOutput(out, true, true, () -> {}), false);
        assertEquals(0, call(Nr.IOCTL, 5, 0x5413, BUF));
        assertEquals(24, u32(BUF) & 0xffff);
        assertEquals(-Errno.EBADF, call(Nr.IOCTL, 99, 0x5401, BUF));
    }

    @Test
    void devUrandomIsSeeded() {
        long fd = open("/dev/urandom", 0, 0);
        assertEquals(16, call(Nr.READ, fd, BUF, 16));
        byte[] first = get(BUF, 16);
        LinuxProcess other = newProcess(0);
        byte[] expect = new byte[16];
        other.randomBytes(expect);
        assertArrayEquals(expect, first, "same seed, same bytes");
    }

    @Test
    void accessChmodTruncateUtimens() throws Exception {
        Path f = dir.resolve("t");
        Files.writeString(f, "0123456789");
        assertEquals(0, call(Nr.FACCESSAT, AT_FDCWD, putString(PATH, "t"), 4));
        assertEquals(-Errno.ENOENT, call(Nr.FACCESSAT, AT_FDCWD, putString(PATH, "nope"), 0));
        assertEquals(-Errno.EINVAL, call(Nr.FACCESSAT, AT_FDCWD, putString(PATH, "t"), 8));
        assertEquals(0, call(Nr.FCHMODAT, AT_FDCWD, putString(PATH, "t"), 0640));
        assertEquals("rw-r-----", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(f)));
        assertEquals(0, call(Nr.TRUNCATE, putString(PATH, "t"), 4));
        assertEquals("0123", Files.readString(f));
        long fd = open("t", 2, 0);
        assertEquals(0, call(Nr.FTRUNCATE, fd, 6));
        assertEquals(6, Files.size(f));
        put64(BUF, 1_000_000);
        put64(BUF + 8, 0);
        put64(BUF + 16, 2_000_000);
        put64(BUF + 24, 0);
        assertEquals(0, call(Nr.UTIMENSAT, AT_FDCWD, putString(PATH, "t"), BUF, 0));
        assertEquals(2_000_000_000L, Files.getLastModifiedTime(f).toMillis());
        put64(BUF + 8, 2_000_000_000L);
        assertEquals(-Errno.EINVAL, call(Nr.UTIMENSAT, AT_FDCWD, putString(PATH, "t"), BUF, 0));
        assertEquals(-Errno.EPERM, call(Nr.FCHOWNAT, AT_FDCWD, putString(PATH, "t"), 0, 0, 0));
        assertEquals(0, call(Nr.FCHOWNAT, AT_FDCWD, putString(PATH, "t"), 1000, -1, 0));
    }

    @Test
    void sendfileCopiesBetweenDescriptors() throws Exception {
        Files.writeString(dir.resolve("src"), "sendfile payload");
        long in = open("src", 0, 0);
        assertEquals(16, call(Nr.SENDFILE, 1, in, 0, 100));
        process.fds().flushAll();
        assertEquals("sendfile payload", out.toString());
    }
}
