package nova.kernel;

/** Java code executed in user mode by an EC starting at an instruction pointer. */
@FunctionalInterface
public interface UserCode {
    void run(UserContext ctx);
}
