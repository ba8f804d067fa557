/** Linux user-mode emulation on the A64 core: ELF loading, the initial stack, syscalls. */
package nova.linuxuser;
