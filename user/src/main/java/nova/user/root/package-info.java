/**
 * The root partition manager (§6.2) and the components of {@code nova demo}: a server PD with a
 * portal per CPU, client PDs that hold only the capabilities they need, a pager that starts global
 * ECs through STARTUP portals, and a console that time-stamps what happened.
 */
package nova.user.root;
