/** The simulated machine: memory and the A64 processor. Knows nothing of NOVA. */
module nova.hw {
    exports nova.hw.mem;
    exports nova.hw.aarch64;
}
