package nova.linuxuser.sys;

/**
 * How the guest process ended.
 *
 * @param status  the exit status a shell would see: the exit code, or 128 + signal
 * @param message null for a normal exit, else one line saying why the process was stopped
 */
public record Termination(int status, String message) {
    public static Termination exit(int code) {
        return new Termination(code & 0xff, null);
    }
}
