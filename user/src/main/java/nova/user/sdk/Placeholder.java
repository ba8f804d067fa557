package nova.user.sdk;

/** Placeholder until the SDK lands (issue 2). */
final class Placeholder {
    private Placeholder() {}
}
