package org.hwnas.model.accel;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An accelerator architecture: PE array, memory hierarchy (innermost first), dataflow preset, clock and
 * MAC energy; or, for {@link AcceleratorKind#FPGA}, the FPGA resources of the FNAS tile model.
 * <p>Levels whose sharing is per-PE sit below the array's fan-out; the first level that is not per-PE is
 * the one the spatial loops fan out from ({@link #fanoutIndex()}). Whole-design rules (contiguous per-PE
 * levels, outermost level keeps every tensor, ...) are checked by {@link AcceleratorRules}, so a document
 * can report them with paths; the constructor only rejects values no design can have.
 *
 * @param name          design name
 * @param kind          spatial array or FPGA
 * @param description   free text (may be empty)
 * @param array         PE array; {@code null} only for an FPGA without one
 * @param levels        memory levels, innermost (index 0) to outermost (DRAM)
 * @param dataflow      dataflow preset constraining mappings
 * @param clockMhz      clock frequency
 * @param macEnergyPj   energy of one MAC
 * @param precisionBits operand precision of the MACs
 * @param energyTable   table that supplied energies the document did not give
 * @param fpga          FPGA resources; {@code null} for a spatial design
 */
public record Accelerator(String name, AcceleratorKind kind, String description, PeArray array,
                          List<MemoryLevel> levels, Dataflow dataflow, double clockMhz, double macEnergyPj,
                          int precisionBits, EnergyTable energyTable, FpgaResources fpga) {

    public Accelerator {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(dataflow, "dataflow");
        Objects.requireNonNull(energyTable, "energyTable");
        description = description == null ? "" : description;
        levels = List.copyOf(levels);
        if (kind == AcceleratorKind.SPATIAL && (array == null || levels.isEmpty())) {
            throw new IllegalArgumentException(name + ": a spatial accelerator needs a PE array and memory levels");
        }
        if (kind == AcceleratorKind.FPGA && fpga == null) {
            throw new IllegalArgumentException(name + ": an FPGA accelerator needs FPGA resources");
        }
        if (!(clockMhz > 0) || !Double.isFinite(clockMhz) || !(macEnergyPj >= 0) || !Double.isFinite(macEnergyPj)
                || precisionBits <= 0) {
            throw new IllegalArgumentException(name + ": clock and precision must be > 0 and MAC energy >= 0");
        }
    }

    public int totalPes() {
        return array == null ? 1 : array.totalPes();
    }

    /** Index of the innermost level that is not per-PE: spatial loops fan out from it to the PEs. */
    public int fanoutIndex() {
        int i = 0;
        while (i < levels.size() && levels.get(i).sharing().kind() == Sharing.Kind.PER_PE) {
            i++;
        }
        return i;
    }

    /** Index of the level with this name, or -1. */
    public int levelIndex(String levelName) {
        for (int i = 0; i < levels.size(); i++) {
            if (levels.get(i).name().equals(levelName)) {
                return i;
            }
        }
        return -1;
    }

    public Optional<MemoryLevel> level(String levelName) {
        int i = levelIndex(levelName);
        return i < 0 ? Optional.empty() : Optional.of(levels.get(i));
    }

    /** Hardware instances of level {@code i}. */
    public int instances(int i) {
        return levels.get(i).sharing().instances(totalPes());
    }

    public MemoryLevel outermost() {
        return levels.get(levels.size() - 1);
    }

    public Optional<FpgaResources> fpgaResources() {
        return Optional.ofNullable(fpga);
    }

    /** Peak MACs per cycle: the PE count, or for an FPGA what its DSPs can issue. */
    public int peakMacsPerCycle() {
        return kind == AcceleratorKind.FPGA && array == null ? fpga.macsPerCycle() : totalPes();
    }
}
