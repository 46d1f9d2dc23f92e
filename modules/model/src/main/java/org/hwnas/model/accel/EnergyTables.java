package org.hwnas.model.accel;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The built-in energy tables (COST-MODEL.md section 7). Names are stable: documents refer to them.
 * <p>Per-class values are typical of one component of that class; a level whose energy matters should
 * give its own numbers (as the Timeloop reference designs do through their Accelergy ERT).
 */
public final class EnergyTables {
    /**
     * Accelergy 65 nm values of the Timeloop eyeriss_like reference (ERT_summary), per 8-bit word: SRAM =
     * its 128 KB global buffer, REGFILE = its 192x16b weights scratchpad, REGISTER = its 12x16b ifmap
     * scratchpad (the smallest storage it has), DRAM = LPDDR4.
     */
    public static final EnergyTable ACCELERGY_65NM = new EnergyTable("accelergy-65nm",
            "Accelergy/CACTI 65 nm as in the Timeloop eyeriss_like reference output, per 8-bit word",
            8, 0.207692, Map.of(
                    MemoryClass.DRAM, new AccessEnergy(64, 64, 64, 0),               // LPDDR4 8 pJ/bit
                    MemoryClass.SRAM, new AccessEnergy(18.183829 / 8, 14.137929 / 8, 14.137929 / 8, 0.005652 / 8),
                    MemoryClass.REGFILE, new AccessEnergy(1.976602 / 2, 1.881657 / 2, 1.881657 / 2, 0.001592 / 2),
                    MemoryClass.REGISTER, new AccessEnergy(0.202442 / 2, 0.176713 / 2, 0.176713 / 2, 0.000101 / 2)));

    /** Accelergy 45 nm values of the Timeloop simple_output_stationary reference, per 16-bit word. */
    public static final EnergyTable ACCELERGY_45NM = new EnergyTable("accelergy-45nm",
            "Accelergy/CACTI/Aladdin 45 nm as in the Timeloop simple_output_stationary reference output, per 16-bit word",
            16, 0.315, Map.of(
                    MemoryClass.DRAM, new AccessEnergy(128, 128, 128, 0),
                    MemoryClass.SRAM, new AccessEnergy(32.377775 / 4, 26.156875 / 4, 26.156875 / 4, 0.005353 / 4),
                    MemoryClass.REGFILE, new AccessEnergy(0.680237, 1.582678, 1.582678, 0.001165),
                    MemoryClass.REGISTER, new AccessEnergy(0.144, 0, 0, 0)));

    /** Eyeriss ISCA'16 Table IV, normalized to one MAC (16-bit): RF 1x, global buffer 6x, DRAM 200x. */
    public static final EnergyTable EYERISS_NORMALIZED = new EnergyTable("eyeriss-normalized",
            "Chen, Emer, Sze ISCA 2016 Table IV, 65 nm 16-bit, in units of one MAC (not pJ)",
            16, 1.0, Map.of(
                    MemoryClass.DRAM, new AccessEnergy(200, 200, 200, 0),
                    MemoryClass.SRAM, new AccessEnergy(6, 6, 6, 0),
                    MemoryClass.REGFILE, new AccessEnergy(1, 1, 1, 0),
                    MemoryClass.REGISTER, new AccessEnergy(1, 1, 1, 0)));

    /**
     * Horowitz ISSCC 2014, 45 nm 0.9 V, per 8-bit word: MAC = 8-bit mult 0.2 + add 0.03 pJ; 8 KB SRAM
     * 10 pJ per 64 bits (register file class), 1 MB SRAM 100 pJ per 64 bits, DRAM 2 nJ per 64 bits
     * (middle of the quoted 1.3-2.6 nJ). The register row is an estimate (a flip-flop word ~ an 8-bit add).
     */
    public static final EnergyTable HOROWITZ_45NM = new EnergyTable("horowitz-45nm",
            "Horowitz ISSCC 2014 keynote, 45 nm 0.9 V, per 8-bit word (register row estimated)",
            8, 0.23, Map.of(
                    MemoryClass.DRAM, new AccessEnergy(250, 250, 250, 0),
                    MemoryClass.SRAM, new AccessEnergy(12.5, 12.5, 12.5, 0),
                    MemoryClass.REGFILE, new AccessEnergy(1.25, 1.25, 1.25, 0),
                    MemoryClass.REGISTER, new AccessEnergy(0.03, 0.03, 0.03, 0)));

    private static final List<EnergyTable> ALL = List.of(ACCELERGY_65NM, ACCELERGY_45NM, EYERISS_NORMALIZED, HOROWITZ_45NM);

    /** The table used when a document names none. */
    public static final EnergyTable DEFAULT = ACCELERGY_45NM;

    private EnergyTables() {
    }

    public static Optional<EnergyTable> byName(String name) {
        return ALL.stream().filter(t -> t.name().equals(name)).findFirst();
    }

    public static List<EnergyTable> all() {
        return ALL;
    }

    public static String names() {
        return ALL.stream().map(EnergyTable::name).collect(Collectors.joining(", "));
    }
}
