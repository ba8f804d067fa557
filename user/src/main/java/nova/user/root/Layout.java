package nova.user.root;

/**
 * Fixed addresses and selectors of the demo, the equivalent of a linker script and a header
 * shared by the root partition manager and the components it loads.
 */
final class Layout {
    private Layout() {}

    /** The root image: code page first, then data pages. */
    static final long IMAGE = 0x0010_0000L;
    static final long CODE_PAGE = IMAGE;
    /** Root data: the client table the pagers read (§7.7.3 startup state). */
    static final long ROOT_TABLE = IMAGE + 0x1000;
    /** Server state: one root data page delegated read-write into the server PD. */
    static final long ROOT_SERVER_STATE = IMAGE + 0x2000;
    static final int DATA_PAGES = 2;

    /** Entry points in the code page. */
    static final long ROOT_ENTRY = IMAGE, SERVER_HANDLER = IMAGE + 4, PAGER = IMAGE + 8, CLIENT_ENTRY = IMAGE + 12,
            EVENT_HANDLER = IMAGE + 16;

    /** Virtual addresses inside the server and client PDs. */
    static final long SERVER_STATE = 0x2000_0000L;
    static final long COMPONENT_UTCBS = 0x3000_0000L;
    /** UTCBs of the root's own local ECs (pagers). */
    static final long ROOT_UTCBS = 0x4000_0000L;

    /** Selectors in a client's object space. */
    static final long CLIENT_SERVER_PT = 0x20, CLIENT_DONE_SM = 0x21, CLIENT_WAIT_SM = 0x22, CLIENT_BUSY_SM = 0x23,
            CLIENT_EVT = 0x100;
    /** Selectors in the server's object space. */
    static final long SERVER_SLEEP_SM = 0x10, SERVER_BUSY_SM = 0x11;

    /** Request operations understood by the server (message word 0). */
    static final long OP_SQUARE = 0, OP_SLOW_SQUARE = 1;
    /** How long a slow request keeps the server busy, in nanoseconds of simulated time. */
    static final long SLOW_NANOS = 40_000;

    /** A client table entry: name index, role, CPU, requests — four words at ROOT_TABLE + 32·i. */
    static final int TABLE_STRIDE = 32;
}
