/** Unprivileged components: the SDK for Java execution contexts and the root partition manager. */
module nova.user {
    requires nova.kernel;
    exports nova.user.sdk;
    exports nova.user.root to nova.cli;
}
