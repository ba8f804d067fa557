package nova.cli;

/**
 * A command line the {@code nova} command cannot accept. The message is one line without the
 * "nova ...:" prefix; the command that catches it adds its own name and exits with status 2.
 */
final class UsageException extends Exception {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message, null, false, false);   // a user error, not a bug: no stack trace to fill in
    }
}
