package nova.linuxuser.elf;

/**
 * Where a program landed: what the initial stack's auxiliary vector and the brk heap need.
 *
 * @param entry     the entry point (AT_ENTRY), load bias applied
 * @param phdr      the address of the program headers in guest memory (AT_PHDR)
 * @param phnum     the number of program headers (AT_PHNUM)
 * @param loadBias  0 for ET_EXEC, the relocation applied to an ET_DYN (static-pie) program
 * @param brkStart  the first page after the highest segment: the start of the brk heap
 * @param execStack PT_GNU_STACK asks for an executable stack
 */
public record LoadedProgram(long entry, long phdr, int phnum, long loadBias, long brkStart, boolean execStack) {}
