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
        return switch (e) {
            case NoSuchFileException x -> Errno.ENOENT;
            case FileAlreadyExistsException x -> Errno.EEXIST;
            case AccessDeniedException x -> Errno.EACCES;
            case NotDirectoryException x -> Errno.ENOTDIR;
            case DirectoryNotEmptyException x -> Errno.ENOTEMPTY;
            case NotLinkException x -> Errno.EINVAL;
            case FileSystemLoopException x -> Errno.ELOOP;
            case ClosedChannelException x -> Errno.EBADF;
            case IOException x -> Errno.EIO;
            case SecurityException x -> Errno.EACCES;
            case UnsupportedOperationException x -> Errno.EOPNOTSUPP;
            case IllegalArgumentException x -> Errno.EINVAL;
            default -> Errno.EIO;
        };
    }
}
