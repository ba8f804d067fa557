package nova.linuxuser;

/**
 * How a run ended.
 *
 * @param exitStatus    what a shell would see: the guest's exit code, 128 + signal, or the
 *                      harness's own code for a program it could not run
 * @param instructions  instructions retired
 * @param nanos         host wall-clock time of the run
 * @param error         null for a normal exit, else one line saying what stopped the program
 * @param internalError the Java exception behind an internal error (printed with --debug), or null
 * @param translator    one line of the block translator's counters, or null if it did not run
 */
public record RunResult(int exitStatus, long instructions, long nanos, String error, Throwable internalError,
        String translator) {
    RunResult(int exitStatus, long instructions, long nanos, String error, Throwable internalError) {
        this(exitStatus, instructions, nanos, error, internalError, null);
    }
}
