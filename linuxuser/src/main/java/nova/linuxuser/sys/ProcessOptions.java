package nova.linuxuser.sys;

/**
 * What a guest process sees of its world.
 *
 * @param seed      feeds AT_RANDOM, getrandom, /dev/urandom and the pid
 * @param hostTime  real clocks instead of instruction-count time
 * @param uid       the uid (and euid) the guest sees
 * @param gid       the gid (and egid) the guest sees
 */
public record ProcessOptions(long seed, boolean hostTime, int uid, int gid) {
    public static ProcessOptions defaults() {
        return new ProcessOptions(0, false, 1000, 1000);
    }
}
