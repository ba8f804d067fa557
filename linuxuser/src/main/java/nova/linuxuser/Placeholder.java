package nova.linuxuser;

/** Placeholder until the harness lands (issue 3). */
final class Placeholder {
    private Placeholder() {}
}
