/**
 * The NOVA microhypervisor. Exports only its entry points: user components reach kernel objects
 * exclusively through hypercalls (spec §5, register convention §7.8).
 */
module nova.kernel {
    exports nova.kernel;
}
