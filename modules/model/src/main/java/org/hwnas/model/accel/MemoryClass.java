package org.hwnas.model.accel;

/**
 * The technology class of a memory level. It selects the row of an {@link EnergyTable} when a level does
 * not give its own energies, and tells the reader what kind of storage the level is.
 */
public enum MemoryClass {
    /** Off-chip DRAM (DDR, LPDDR, HBM). */
    DRAM,
    /** A large on-chip SRAM such as a global buffer. */
    SRAM,
    /** A small per-PE register file or scratchpad. */
    REGFILE,
    /** A single-word (or few-word) register next to the MAC. */
    REGISTER
}
