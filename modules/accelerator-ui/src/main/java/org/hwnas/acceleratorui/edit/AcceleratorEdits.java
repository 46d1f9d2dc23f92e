package org.hwnas.acceleratorui.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.hwnas.model.accel.AccessEnergy;
import org.hwnas.model.accel.Accelerator;
import org.hwnas.model.accel.ArrayAxis;
import org.hwnas.model.accel.Capacity;
import org.hwnas.model.accel.Dataflow;
import org.hwnas.model.accel.EnergyTable;
import org.hwnas.model.accel.EnergyTables;
import org.hwnas.model.accel.FpgaResources;
import org.hwnas.model.accel.MemoryClass;
import org.hwnas.model.accel.MemoryLevel;
import org.hwnas.model.accel.PeArray;
import org.hwnas.model.accel.Sharing;
import org.hwnas.model.accel.io.AcceleratorDocument;
import org.hwnas.model.doc.DocumentException;
import org.hwnas.model.doc.Problem;
import org.hwnas.model.workload.Dim;
import org.hwnas.model.workload.Tensor;

/**
 * Edit operations of the design view and the Properties sheet. Each returns the edited design or refuses
 * the edit with the model's reason. Validation is the model's own: the candidate is written with the
 * document writer and read back with {@link AcceleratorDocument#parse}, so an edit is accepted exactly when
 * the resulting document would be valid (the same bounds, whole-design rules and messages as
 * {@code hwnas validate}); the value read back is returned, so table energies are re-resolved too.
 */
public final class AcceleratorEdits {
    private static final String LABEL = "edit";

    private AcceleratorEdits() {
    }

    // ---- design ----------------------------------------------------------------------------

    public static Accelerator rename(Accelerator a, String name) throws EditRefusedException {
        if (name.isBlank()) {
            throw new EditRefusedException("name", "the design needs a name");
        }
        return check("name", () -> copy(a, name.trim(), a.description(), a.array(), a.levels(), a.dataflow(),
                a.clockMhz(), a.macEnergyPj(), a.precisionBits(), a.energyTable()));
    }

    public static Accelerator describe(Accelerator a, String description) throws EditRefusedException {
        return check("description", () -> copy(a, a.name(), description, a.array(), a.levels(), a.dataflow(),
                a.clockMhz(), a.macEnergyPj(), a.precisionBits(), a.energyTable()));
    }

    public static Accelerator clock(Accelerator a, double mhz) throws EditRefusedException {
        return check("clock_mhz", () -> copy(a, a.name(), a.description(), a.array(), a.levels(), a.dataflow(),
                mhz, a.macEnergyPj(), a.precisionBits(), a.energyTable()));
    }

    public static Accelerator macEnergy(Accelerator a, double pj) throws EditRefusedException {
        return check("mac_energy_pj", () -> copy(a, a.name(), a.description(), a.array(), a.levels(), a.dataflow(),
                a.clockMhz(), pj, a.precisionBits(), a.energyTable()));
    }

    public static Accelerator precision(Accelerator a, int bits) throws EditRefusedException {
        return check("precision_bits", () -> copy(a, a.name(), a.description(), a.array(), a.levels(), a.dataflow(),
                a.clockMhz(), a.macEnergyPj(), bits, a.energyTable()));
    }

    public static Accelerator dataflow(Accelerator a, Dataflow d) throws EditRefusedException {
        return check("dataflow", () -> copy(a, a.name(), a.description(), a.array(), a.levels(), d,
                a.clockMhz(), a.macEnergyPj(), a.precisionBits(), a.energyTable()));
    }

    /** Another energy table: levels without explicit energies take its values (re-resolved on read-back). */
    public static Accelerator energyTable(Accelerator a, String tableName) throws EditRefusedException {
        EnergyTable t = EnergyTables.byName(tableName).orElseThrow(() -> new EditRefusedException("energy_table",
                "unknown energy table '" + tableName + "' (valid: " + EnergyTables.names() + ")"));
        return check("energy_table", () -> copy(a, a.name(), a.description(), a.array(), a.levels(), a.dataflow(),
                a.clockMhz(), a.macEnergyPj(), a.precisionBits(), t));
    }

    // ---- PE array --------------------------------------------------------------------------

    /** Sets the PE count along one axis. */
    public static Accelerator resizeAxis(Accelerator a, int axis, int size) throws EditRefusedException {
        String path = "pe_array.axes[" + axis + "].size";
        ArrayAxis old = axis(a, axis, path);
        return withAxis(a, axis, path, () -> new ArrayAxis(old.name(), size, old.parallelDims()));
    }

    /** Resizes a 2-D (or higher) array's first two axes in one edit, as the drag handle does. */
    public static Accelerator resizeArray(Accelerator a, int rows, int cols) throws EditRefusedException {
        if (a.array() == null || a.array().axes().size() < 2) {
            return resizeAxis(a, 0, cols);
        }
        String path = "pe_array.axes";
        return check(path, () -> {
            List<ArrayAxis> axes = new ArrayList<>(a.array().axes());
            ArrayAxis r = axes.get(0);
            ArrayAxis c = axes.get(1);
            axes.set(0, new ArrayAxis(r.name(), rows, r.parallelDims()));
            axes.set(1, new ArrayAxis(c.name(), cols, c.parallelDims()));
            return withArray(a, new PeArray(axes));
        });
    }

    /** Sets the loop dims an axis may parallelize (its PE connectivity). */
    public static Accelerator axisDims(Accelerator a, int axis, List<Dim> dims) throws EditRefusedException {
        String path = "pe_array.axes[" + axis + "].parallel_dims";
        ArrayAxis old = axis(a, axis, path);
        return withAxis(a, axis, path, () -> new ArrayAxis(old.name(), old.size(), dims));
    }

    public static Accelerator renameAxis(Accelerator a, int axis, String name) throws EditRefusedException {
        String path = "pe_array.axes[" + axis + "].name";
        ArrayAxis old = axis(a, axis, path);
        if (name.isBlank()) {
            throw new EditRefusedException(path, "an axis needs a name");
        }
        return withAxis(a, axis, path, () -> new ArrayAxis(name.trim(), old.size(), old.parallelDims()));
    }

    // ---- memory levels ---------------------------------------------------------------------

    public static Accelerator levelName(Accelerator a, int i, String name) throws EditRefusedException {
        if (name.isBlank()) {
            throw new EditRefusedException("levels[" + i + "].name", "a memory level needs a name");
        }
        return level(a, i, "name", d -> d.name = name.trim());
    }

    public static Accelerator levelClass(Accelerator a, int i, MemoryClass c) throws EditRefusedException {
        return level(a, i, "class", d -> d.memoryClass = c);
    }

    public static Accelerator levelCapacity(Accelerator a, int i, Capacity c) throws EditRefusedException {
        return level(a, i, c.unit() == Capacity.Unit.BYTES ? "size_bytes" : "size_words", d -> d.capacity = c);
    }

    public static Accelerator levelWordBits(Accelerator a, int i, int bits) throws EditRefusedException {
        return level(a, i, "word_bits", d -> d.wordBits = bits);
    }

    public static Accelerator levelBlockWords(Accelerator a, int i, int words) throws EditRefusedException {
        return level(a, i, "block_words", d -> d.blockWords = words);
    }

    public static Accelerator levelReadBandwidth(Accelerator a, int i, double bw) throws EditRefusedException {
        return level(a, i, "read_bandwidth", d -> d.readBw = bw);
    }

    public static Accelerator levelWriteBandwidth(Accelerator a, int i, double bw) throws EditRefusedException {
        return level(a, i, "write_bandwidth", d -> d.writeBw = bw);
    }

    public static Accelerator levelSharedBandwidth(Accelerator a, int i, double bw) throws EditRefusedException {
        return level(a, i, "shared_bandwidth", d -> d.sharedBw = bw);
    }

    public static Accelerator levelSharing(Accelerator a, int i, Sharing s) throws EditRefusedException {
        return level(a, i, "sharing", d -> d.sharing = s);
    }

    public static Accelerator levelKeeps(Accelerator a, int i, Set<Tensor> keeps) throws EditRefusedException {
        return level(a, i, "keeps", d -> d.keeps = keeps);
    }

    public static Accelerator levelBuffering(Accelerator a, int i, int n) throws EditRefusedException {
        return level(a, i, "multiple_buffering", d -> d.buffering = n);
    }

    /** Gives the level explicit energies per block access (pJ). */
    public static Accelerator levelEnergy(Accelerator a, int i, AccessEnergy e) throws EditRefusedException {
        return level(a, i, "energy", d -> {
            d.energy = e;
            d.energyExplicit = true;
        });
    }

    /** One energy field: {@code read_pj}, {@code write_pj}, {@code update_pj} or {@code leak_pj}. */
    public static Accelerator levelEnergy(Accelerator a, int i, String field, double pj) throws EditRefusedException {
        String path = "levels[" + i + "].energy." + field;
        AccessEnergy old = level(a, i, path).energy();
        AccessEnergy e;
        try {
            e = switch (field) {
                case "read_pj" -> new AccessEnergy(pj, old.writePj(), old.updatePj(), old.leakPj());
                case "write_pj" -> new AccessEnergy(old.readPj(), pj, old.updatePj(), old.leakPj());
                case "update_pj" -> new AccessEnergy(old.readPj(), old.writePj(), pj, old.leakPj());
                case "leak_pj" -> new AccessEnergy(old.readPj(), old.writePj(), old.updatePj(), pj);
                default -> throw new IllegalArgumentException("unknown energy field " + field);
            };
        } catch (IllegalArgumentException ex) {
            throw new EditRefusedException(path, ex.getMessage());
        }
        return levelEnergy(a, i, e);
    }

    // ---- FPGA resources --------------------------------------------------------------------

    /** One FPGA field: {@code dsp_count}, {@code bram_bytes}, {@code offchip_gbps} or {@code dsp_per_mac}. */
    public static Accelerator fpga(Accelerator a, String field, double value) throws EditRefusedException {
        String path = "fpga." + field;
        FpgaResources f = a.fpga();
        if (f == null) {
            throw new EditRefusedException(path, "the design has no FPGA resources (kind is " + a.kind().key() + ")");
        }
        if (!field.equals("offchip_gbps") && (value != Math.rint(value) || Math.abs(value) > Long.MAX_VALUE / 2)) {
            throw new EditRefusedException(path, "must be a whole number, got " + value);
        }
        return check(path, () -> {
            FpgaResources n = switch (field) {
                case "dsp_count" -> new FpgaResources((int) value, f.bramBytes(), f.offchipGBps(), f.dspPerMac());
                case "bram_bytes" -> new FpgaResources(f.dspCount(), (long) value, f.offchipGBps(), f.dspPerMac());
                case "offchip_gbps" -> new FpgaResources(f.dspCount(), f.bramBytes(), value, f.dspPerMac());
                case "dsp_per_mac" -> new FpgaResources(f.dspCount(), f.bramBytes(), f.offchipGBps(), (int) value);
                default -> throw new IllegalArgumentException("unknown FPGA field " + field);
            };
            return new Accelerator(a.name(), a.kind(), a.description(), a.array(), a.levels(), a.dataflow(),
                    a.clockMhz(), a.macEnergyPj(), a.precisionBits(), a.energyTable(), n);
        });
    }

    // ---- validation ------------------------------------------------------------------------

    /**
     * Accepts a candidate design exactly when its document is valid; returns the design read back.
     *
     * @param path where to report a failure of the candidate's own construction
     */
    public static Accelerator check(String path, Supplier<Accelerator> candidate) throws EditRefusedException {
        Accelerator c;
        try {
            c = candidate.get();
        } catch (IllegalArgumentException e) {
            throw new EditRefusedException(path, e.getMessage());
        }
        return validate(c);
    }

    /** Writes the design and reads it back with the document reader; the first problem refuses it. */
    public static Accelerator validate(Accelerator c) throws EditRefusedException {
        try {
            return AcceleratorDocument.parse(LABEL, AcceleratorDocument.toText(c));
        } catch (DocumentException e) {
            Problem p = e.problems().get(0);
            String reason = p.reason();
            if (e.problems().size() > 1) {
                reason += " (and " + (e.problems().size() - 1) + " more)";
            }
            throw new EditRefusedException(p.path(), reason);
        }
    }

    // ---- helpers ---------------------------------------------------------------------------

    private static Accelerator copy(Accelerator a, String name, String description, PeArray array,
                                    List<MemoryLevel> levels, Dataflow dataflow, double clock, double macPj,
                                    int precision, EnergyTable table) {
        return new Accelerator(name, a.kind(), description, array, levels, dataflow, clock, macPj, precision, table,
                a.fpga());
    }

    private static Accelerator withArray(Accelerator a, PeArray array) {
        return copy(a, a.name(), a.description(), array, a.levels(), a.dataflow(), a.clockMhz(), a.macEnergyPj(),
                a.precisionBits(), a.energyTable());
    }

    private static ArrayAxis axis(Accelerator a, int axis, String path) throws EditRefusedException {
        if (a.array() == null || axis < 0 || axis >= a.array().axes().size()) {
            throw new EditRefusedException(path, "the design has no PE-array axis " + axis);
        }
        return a.array().axes().get(axis);
    }

    private static Accelerator withAxis(Accelerator a, int axis, String path, Supplier<ArrayAxis> replacement)
            throws EditRefusedException {
        return check(path, () -> {
            List<ArrayAxis> axes = new ArrayList<>(a.array().axes());
            axes.set(axis, replacement.get());
            return withArray(a, new PeArray(axes));
        });
    }

    private static MemoryLevel level(Accelerator a, int i, String path) throws EditRefusedException {
        if (i < 0 || i >= a.levels().size()) {
            throw new EditRefusedException(path, "the design has no memory level " + i);
        }
        return a.levels().get(i);
    }

    private static Accelerator level(Accelerator a, int i, String field, java.util.function.Consumer<LevelDraft> change)
            throws EditRefusedException {
        String path = "levels[" + i + "]." + field;
        LevelDraft d = new LevelDraft(level(a, i, path));
        change.accept(d);
        return check(path, () -> {
            List<MemoryLevel> levels = new ArrayList<>(a.levels());
            levels.set(i, d.build());
            return copy(a, a.name(), a.description(), a.array(), levels, a.dataflow(), a.clockMhz(), a.macEnergyPj(),
                    a.precisionBits(), a.energyTable());
        });
    }

    /** A mutable copy of a level's fields (MemoryLevel is an immutable record without a copy builder). */
    private static final class LevelDraft {
        String name;
        MemoryClass memoryClass;
        Capacity capacity;
        int wordBits;
        int blockWords;
        double readBw;
        double writeBw;
        double sharedBw;
        Sharing sharing;
        Set<Tensor> keeps;
        int buffering;
        AccessEnergy energy;
        boolean energyExplicit;

        LevelDraft(MemoryLevel l) {
            name = l.name();
            memoryClass = l.memoryClass();
            capacity = l.capacity();
            wordBits = l.wordBits();
            blockWords = l.blockWords();
            readBw = l.readBandwidth();
            writeBw = l.writeBandwidth();
            sharedBw = l.sharedBandwidth();
            sharing = l.sharing();
            keeps = l.keeps();
            buffering = l.multipleBuffering();
            energy = l.energy();
            energyExplicit = l.energyExplicit();
        }

        MemoryLevel build() {
            return new MemoryLevel(name, memoryClass, capacity, wordBits, blockWords, readBw, writeBw, sharedBw, sharing,
                    keeps, buffering, energy, energyExplicit);
        }
    }
}
