/**
 * SDK for Java execution contexts: one stub per hypercall that loads X0–X4 per the aarch64 calling
 * convention (§7.8) and traps through {@link nova.kernel.UserContext#svc()} — the same entry an
 * emulated {@code svc #0} takes — plus typed helpers for what the registers and memory carry:
 * permissions (§4.1), selectors (§4.2, §6.2.3.1, §7.6), MTD (§4.4, §7.7.4), SCD (§4.5), MAD
 * (§7.7.5), DAD (§7.7.6), the UTCB (§4.3, §7.7.3) and the HIP (§6.3, §7.7.2).
 */
package nova.user.sdk;
