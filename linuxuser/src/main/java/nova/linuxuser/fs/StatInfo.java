package nova.linuxuser.fs;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;

/** File metadata in Linux terms, written out as arm64's {@code struct stat} or {@code struct statx}. */
public final class StatInfo {
    public static final int S_IFMT = 0170000;
    public static final int S_IFSOCK = 0140000;
    public static final int S_IFLNK = 0120000;
    public static final int S_IFREG = 0100000;
    public static final int S_IFBLK = 0060000;
    public static final int S_IFDIR = 0040000;
    public static final int S_IFCHR = 0020000;
    public static final int S_IFIFO = 0010000;
    public static final int STAT_SIZE = 128;
    public static final int STATX_SIZE = 256;

    public long dev;
    public long ino;
    public int mode;
    public int nlink = 1;
    public int uid;
    public int gid;
    public long rdev;
    public long size;
    public int blksize = 4096;
    public long blocks;
    public long atimeSec;
    public long atimeNsec;
    public long mtimeSec;
    public long mtimeNsec;
    public long ctimeSec;
    public long ctimeNsec;

    /** Metadata of a host file through the JDK's "unix" attribute view (lstat when !follow). */
    public static StatInfo ofHost(Path path, boolean follow) throws IOException {
        LinkOption[] opts = follow ? new LinkOption[0] : new LinkOption[] {LinkOption.NOFOLLOW_LINKS};
        Map<String, Object> a = java.nio.file.Files.readAttributes(path,
                "unix:dev,ino,mode,nlink,uid,gid,rdev,size,lastAccessTime,lastModifiedTime,ctime", opts);
        StatInfo s = new StatInfo();
        s.dev = (Long) a.get("dev");
        s.ino = (Long) a.get("ino");
        s.mode = (Integer) a.get("mode");
        s.nlink = (Integer) a.get("nlink");
        s.uid = (Integer) a.get("uid");
        s.gid = (Integer) a.get("gid");
        s.rdev = (Long) a.get("rdev");
        s.size = (Long) a.get("size");
        // The JDK does not expose st_blocks: assume 4 KiB allocation blocks, the common case.
        s.blocks = (s.size + 4095) / 4096 * 8;
        long[] at = split((FileTime) a.get("lastAccessTime"));
        long[] mt = split((FileTime) a.get("lastModifiedTime"));
        long[] ct = split((FileTime) a.get("ctime"));
        s.atimeSec = at[0];
        s.atimeNsec = at[1];
        s.mtimeSec = mt[0];
        s.mtimeNsec = mt[1];
        s.ctimeSec = ct[0];
        s.ctimeNsec = ct[1];
        return s;
    }

    private static long[] split(FileTime t) {
        java.time.Instant i = t.toInstant();
        return new long[] {i.getEpochSecond(), i.getNano()};
    }

    /** arm64 {@code struct stat} (asm-generic/stat.h), 128 bytes. */
    public byte[] toStat() {
        ByteBuffer b = ByteBuffer.allocate(STAT_SIZE).order(ByteOrder.LITTLE_ENDIAN);
        b.putLong(0, dev).putLong(8, ino).putInt(16, mode).putInt(20, nlink).putInt(24, uid).putInt(28, gid)
                .putLong(32, rdev).putLong(48, size).putInt(56, blksize).putLong(64, blocks)
                .putLong(72, atimeSec).putLong(80, atimeNsec).putLong(88, mtimeSec).putLong(96, mtimeNsec)
                .putLong(104, ctimeSec).putLong(112, ctimeNsec);
        return b.array();
    }

    /** {@code struct statx} (include/uapi/linux/stat.h), 256 bytes, with the basic stats. */
    public byte[] toStatx() {
        ByteBuffer b = ByteBuffer.allocate(STATX_SIZE).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(0, 0x7ff); // STATX_BASIC_STATS
        b.putInt(4, blksize);
        b.putInt(16, nlink).putInt(20, uid).putInt(24, gid).putShort(28, (short) mode);
        b.putLong(32, ino).putLong(40, size).putLong(48, blocks);
        putTime(b, 64, atimeSec, atimeNsec);
        putTime(b, 96, ctimeSec, ctimeNsec);
        putTime(b, 112, mtimeSec, mtimeNsec);
        b.putInt(128, (int) (rdev >>> 8 & 0xfff)).putInt(132, (int) (rdev & 0xff));
        b.putInt(136, (int) (dev >>> 8 & 0xfff)).putInt(140, (int) (dev & 0xff));
        return b.array();
    }

    private static void putTime(ByteBuffer b, int at, long sec, long nsec) {
        b.putLong(at, sec).putInt(at + 8, (int) nsec);
    }

    /** d_type of getdents64 for this mode. */
    public static int direntType(int mode) {
        return switch (mode & S_IFMT) {
            case S_IFIFO -> 1;
            case S_IFCHR -> 2;
            case S_IFDIR -> 4;
            case S_IFBLK -> 6;
            case S_IFREG -> 8;
            case S_IFLNK -> 10;
            case S_IFSOCK -> 12;
            default -> 0;
        };
    }
}
