/** The {@code nova} command. */
module nova.cli {
    requires nova.hw;
    requires nova.linuxuser;
    requires nova.kernel;
    requires nova.user;
    requires java.management; // a64-run --stats reports the thread's CPU time
}
