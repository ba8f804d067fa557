package nova.linuxuser.fs;

import nova.linuxuser.sys.Errno;

/** The process's file descriptor table: fd → shared description plus the per-fd close-on-exec bit. */
public final class FdTable {
    /** RLIMIT_NOFILE's default soft limit. */
    public static final int MAX_FDS = 1024;

    private final FileDescription[] files = new FileDescription[MAX_FDS];
    private final boolean[] cloexec = new boolean[MAX_FDS];

    public FileDescription get(long fd) {
        return fd >= 0 && fd < MAX_FDS ? files[(int) fd] : null;
    }

    public boolean cloexec(int fd) {
        return cloexec[fd];
    }

    public void setCloexec(int fd, boolean on) {
        cloexec[fd] = on;
    }

    /** Installs {@code d} at the lowest free fd ≥ {@code min} (taking the caller's reference); -EMFILE if full. */
    public int allocate(FileDescription d, int min, boolean closeOnExec) {
        for (int fd = Math.max(0, min); fd < MAX_FDS; fd++) {
            if (files[fd] == null) {
                files[fd] = d;
                cloexec[fd] = closeOnExec;
                return fd;
            }
        }
        d.release();
        return -Errno.EMFILE;
    }

    /** Installs {@code d} at exactly {@code fd}, closing what was there (dup3 semantics). */
    public void install(int fd, FileDescription d, boolean closeOnExec) {
        FileDescription old = files[fd];
        files[fd] = d;
        cloexec[fd] = closeOnExec;
        if (old != null) {
            old.release();
        }
    }

    public long close(long fd) {
        FileDescription d = get(fd);
        if (d == null) {
            return -Errno.EBADF;
        }
        files[(int) fd] = null;
        cloexec[(int) fd] = false;
        d.release();
        return 0;
    }

    /** Flushes every buffered output stream (exit, before a stdin read). */
    public void flushAll() {
        for (FileDescription d : files) {
            if (d != null) {
                d.flush();
            }
        }
    }

    /** Closes everything (process exit). */
    public void closeAll() {
        for (int fd = 0; fd < MAX_FDS; fd++) {
            if (files[fd] != null) {
                files[fd].flush();
                close(fd);
            }
        }
    }
}
