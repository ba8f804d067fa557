/** A Linux user-mode harness on the A64 core (like QEMU's linux-user): ELF loading and syscalls. */
module nova.linuxuser {
    requires nova.hw;
    exports nova.linuxuser;
}
