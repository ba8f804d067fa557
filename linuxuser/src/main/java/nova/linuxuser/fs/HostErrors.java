package nova.linuxuser.fs;

import java.io.IOException;
import java.nio.channels.ClosedChannelException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.NotLinkException;
import java.util.Map;
import nova.linuxuser.sys.Errno;

/** Turns a host I/O failure back into the errno the host's syscall reported. */
public final class HostErrors {
    // The JDK keeps only strerror()'s text in FileSystemException.getReason(): map it back.
    private static final Map<String, Integer> BY_REASON = Map.ofEntries(
            Map.entry("Operation not permitted", Errno.EPERM),
            Map.entry("No such file or directory", Errno.ENOENT),
            Map.entry("Permission denied", Errno.EACCES),
            Map.entry("File exists", Errno.EEXIST),
            Map.entry("Not a directory", Errno.ENOTDIR),
            Map.entry("Is a directory", Errno.EISDIR),
            Map.entry("Invalid argument", Errno.EINVAL),
            Map.entry("Directory not empty", Errno.ENOTEMPTY),
            Map.entry("Too many levels of symbolic links", Errno.ELOOP),
            Map.entry("File name too long", Errno.ENAMETOOLONG),
            Map.entry("Read-only file system", Errno.EROFS),
            Map.entry("No space left on device", Errno.ENOSPC),
            Map.entry("Invalid cross-device link", Errno.EXDEV),
            Map.entry("Device or resource busy", Errno.EBUSY),
            Map.entry("Text file busy", Errno.ETXTBSY),
            Map.entry("File too large", Errno.EFBIG),
            Map.entry("No such device or address", Errno.ENXIO),
            Map.entry("Too many links", Errno.EMLINK));

    private HostErrors() {}

    public static int errno(Exception e) {
        if (e instanceof FileSystemException fse && fse.getReason() != null) {
            Integer n = BY_REASON.get(fse.getReason());
            if (n != null) {
                return n;
            }
        }
        // Tests in order, not a pattern switch: its bootstrap spins a class at first use, and a
        // failed open (which most programs try) would pay that in every process.
        if (e instanceof NoSuchFileException) {
            return Errno.ENOENT;
        } else if (e instanceof FileAlreadyExistsException) {
            return Errno.EEXIST;
        } else if (e instanceof AccessDeniedException || e instanceof SecurityException) {
            return Errno.EACCES;
        } else if (e instanceof NotDirectoryException) {
            return Errno.ENOTDIR;
        } else if (e instanceof DirectoryNotEmptyException) {
            return Errno.ENOTEMPTY;
        } else if (e instanceof NotLinkException || e instanceof IllegalArgumentException) {
            return Errno.EINVAL;
        } else if (e instanceof FileSystemLoopException) {
            return Errno.ELOOP;
        } else if (e instanceof ClosedChannelException) {
            return Errno.EBADF;
        } else if (e instanceof UnsupportedOperationException) {
            // The host file system lacks the operation (an attribute view, a link kind): the
            // guest gets the errno Linux answers with for that, not a failure of ours.
            return Errno.EOPNOTSUPP;
        }
        return Errno.EIO; // any other IOException too
    }
}
