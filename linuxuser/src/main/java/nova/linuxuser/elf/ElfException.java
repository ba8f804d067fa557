package nova.linuxuser.elf;

/** A program that cannot be loaded; the message is one line naming what is wrong. */
public final class ElfException extends Exception {
    public ElfException(String message) {
        super(message, null, false, false);
    }
}
