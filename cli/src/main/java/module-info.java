/** The {@code nova} command. */
module nova.cli {
    requires nova.hw;
    requires nova.linuxuser;
    requires nova.kernel;
    requires nova.user;
}
