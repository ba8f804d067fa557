package nova.linuxuser.sys;

/** arm64 Linux syscall numbers (the asm-generic table: x8 holds the number). */
public final class Nr {
    public static final int GETCWD = 17;
    public static final int DUP = 23;
    public static final int DUP3 = 24;
    public static final int FCNTL = 25;
    public static final int IOCTL = 29;
    public static final int FLOCK = 32;
    public static final int MKDIRAT = 34;
    public static final int UNLINKAT = 35;
    public static final int SYMLINKAT = 36;
    public static final int LINKAT = 37;
    public static final int RENAMEAT = 38;
    public static final int STATFS = 43;
    public static final int FSTATFS = 44;
    public static final int TRUNCATE = 45;
    public static final int FTRUNCATE = 46;
    public static final int FALLOCATE = 47;
    public static final int FACCESSAT = 48;
    public static final int CHDIR = 49;
    public static final int FCHDIR = 50;
    public static final int FCHMOD = 52;
    public static final int FCHMODAT = 53;
    public static final int FCHOWNAT = 54;
    public static final int FCHOWN = 55;
    public static final int OPENAT = 56;
    public static final int CLOSE = 57;
    public static final int PIPE2 = 59;
    public static final int GETDENTS64 = 61;
    public static final int LSEEK = 62;
    public static final int READ = 63;
    public static final int WRITE = 64;
    public static final int READV = 65;
    public static final int WRITEV = 66;
    public static final int PREAD64 = 67;
    public static final int PWRITE64 = 68;
    public static final int SENDFILE = 71;
    public static final int PSELECT6 = 72;
    public static final int PPOLL = 73;
    public static final int READLINKAT = 78;
    public static final int NEWFSTATAT = 79;
    public static final int FSTAT = 80;
    public static final int SYNC = 81;
    public static final int FSYNC = 82;
    public static final int FDATASYNC = 83;
    public static final int UTIMENSAT = 88;
    public static final int PERSONALITY = 92;
    public static final int EXIT = 93;
    public static final int EXIT_GROUP = 94;
    public static final int WAITID = 95;
    public static final int SET_TID_ADDRESS = 96;
    public static final int FUTEX = 98;
    public static final int SET_ROBUST_LIST = 99;
    public static final int NANOSLEEP = 101;
    public static final int GETITIMER = 102;
    public static final int SETITIMER = 103;
    public static final int CLOCK_GETTIME = 113;
    public static final int CLOCK_GETRES = 114;
    public static final int CLOCK_NANOSLEEP = 115;
    public static final int SCHED_GETSCHEDULER = 120;
    public static final int SCHED_GETPARAM = 121;
    public static final int SCHED_SETAFFINITY = 122;
    public static final int SCHED_GETAFFINITY = 123;
    public static final int SCHED_YIELD = 124;
    public static final int KILL = 129;
    public static final int TKILL = 130;
    public static final int TGKILL = 131;
    public static final int SIGALTSTACK = 132;
    public static final int RT_SIGSUSPEND = 133;
    public static final int RT_SIGACTION = 134;
    public static final int RT_SIGPROCMASK = 135;
    public static final int RT_SIGPENDING = 136;
    public static final int RT_SIGRETURN = 139;
    public static final int SETPRIORITY = 140;
    public static final int GETPRIORITY = 141;
    public static final int SETREGID = 143;
    public static final int SETGID = 144;
    public static final int SETREUID = 145;
    public static final int SETUID = 146;
    public static final int SETRESUID = 147;
    public static final int GETRESUID = 148;
    public static final int SETRESGID = 149;
    public static final int GETRESGID = 150;
    public static final int TIMES = 153;
    public static final int SETPGID = 154;
    public static final int GETPGID = 155;
    public static final int GETSID = 156;
    public static final int SETSID = 157;
    public static final int GETGROUPS = 158;
    public static final int SETGROUPS = 159;
    public static final int UNAME = 160;
    public static final int GETRLIMIT = 163;
    public static final int SETRLIMIT = 164;
    public static final int GETRUSAGE = 165;
    public static final int UMASK = 166;
    public static final int PRCTL = 167;
    public static final int GETCPU = 168;
    public static final int GETTIMEOFDAY = 169;
    public static final int GETPID = 172;
    public static final int GETPPID = 173;
    public static final int GETUID = 174;
    public static final int GETEUID = 175;
    public static final int GETGID = 176;
    public static final int GETEGID = 177;
    public static final int GETTID = 178;
    public static final int SYSINFO = 179;
    public static final int BRK = 214;
    public static final int MUNMAP = 215;
    public static final int MREMAP = 216;
    public static final int CLONE = 220;
    public static final int EXECVE = 221;
    public static final int MMAP = 222;
    public static final int FADVISE64 = 223;
    public static final int MPROTECT = 226;
    public static final int MSYNC = 227;
    public static final int MLOCK = 228;
    public static final int MUNLOCK = 229;
    public static final int MADVISE = 233;
    public static final int WAIT4 = 260;
    public static final int PRLIMIT64 = 261;
    public static final int RENAMEAT2 = 276;
    public static final int GETRANDOM = 278;
    public static final int MEMBARRIER = 283;
    public static final int STATX = 291;
    public static final int RSEQ = 293;
    public static final int CLONE3 = 435;
    public static final int FACCESSAT2 = 439;

    private static final String[] NAMES = new String[512];

    static {
        String table = """
                17 getcwd 23 dup 24 dup3 25 fcntl 29 ioctl 32 flock 34 mkdirat 35 unlinkat
                36 symlinkat 37 linkat 38 renameat 43 statfs 44 fstatfs 45 truncate 46 ftruncate
                47 fallocate 48 faccessat 49 chdir 50 fchdir 52 fchmod 53 fchmodat 54 fchownat
                55 fchown 56 openat 57 close 59 pipe2 61 getdents64 62 lseek 63 read 64 write
                65 readv 66 writev 67 pread64 68 pwrite64 71 sendfile 72 pselect6 73 ppoll
                78 readlinkat 79 newfstatat 80 fstat 81 sync 82 fsync 83 fdatasync 88 utimensat
                92 personality 93 exit 94 exit_group 95 waitid 96 set_tid_address 98 futex
                99 set_robust_list 101 nanosleep 102 getitimer 103 setitimer 113 clock_gettime
                114 clock_getres 115 clock_nanosleep 120 sched_getscheduler 121 sched_getparam
                122 sched_setaffinity 123 sched_getaffinity 124 sched_yield 129 kill 130 tkill
                131 tgkill 132 sigaltstack 133 rt_sigsuspend 134 rt_sigaction 135 rt_sigprocmask
                136 rt_sigpending 139 rt_sigreturn 140 setpriority 141 getpriority 143 setregid
                144 setgid 145 setreuid 146 setuid 147 setresuid 148 getresuid 149 setresgid
                150 getresgid 153 times 154 setpgid 155 getpgid 156 getsid 157 setsid
                158 getgroups 159 setgroups 160 uname 163 getrlimit 164 setrlimit 165 getrusage
                166 umask 167 prctl 168 getcpu 169 gettimeofday 172 getpid 173 getppid 174 getuid
                175 geteuid 176 getgid 177 getegid 178 gettid 179 sysinfo 198 socket 214 brk
                215 munmap 216 mremap 220 clone 221 execve 222 mmap 223 fadvise64 226 mprotect
                227 msync 228 mlock 229 munlock 232 mincore 233 madvise 260 wait4 261 prlimit64
                276 renameat2 278 getrandom 279 memfd_create 283 membarrier 285 copy_file_range
                291 statx 293 rseq 435 clone3 439 faccessat2
                """;
        String[] words = table.trim().split("\\s+");
        for (int i = 0; i + 1 < words.length; i += 2) {
            NAMES[Integer.parseInt(words[i])] = words[i + 1];
        }
    }

    /** The syscall's name for {@code --strace}, or {@code syscall_N} for numbers without one. */
    public static String name(long nr) {
        if (nr >= 0 && nr < NAMES.length && NAMES[(int) nr] != null) {
            return NAMES[(int) nr];
        }
        return "syscall_" + nr;
    }

    private Nr() {}
}
