package org.hwnas.model.accel.io;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.hwnas.model.accel.AccessEnergy;
import org.hwnas.model.accel.Accelerator;
import org.hwnas.model.accel.AcceleratorKind;
import org.hwnas.model.accel.AcceleratorRules;
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
import org.hwnas.model.doc.DocNode;
import org.hwnas.model.doc.DocumentException;
import org.hwnas.model.doc.DocumentKind;
import org.hwnas.model.doc.DocumentWriter;
import org.hwnas.model.doc.JsonDocument;
import org.hwnas.model.doc.Problem;
import org.hwnas.model.workload.Dim;
import org.hwnas.model.workload.Tensor;

/**
 * Reads and writes {@code *.hwacc.json} documents ({@code "format": "accelerator/1"}); the schema is in
 * {@code docs/accelerator-format.md}. Reading reports every problem at once, with file, line:column and
 * path; unknown fields are refused so typos do not silently fall back to defaults.
 */
public final class AcceleratorDocument {
    private static final double MAX_BW = 1e12;
    private static final double MAX_PJ = Double.MAX_VALUE;
    private static final long MAX_WORDS = 1L << 50;

    private AcceleratorDocument() {
    }

    public static Accelerator read(Path file) throws DocumentException {
        return decode(JsonDocument.read(file));
    }

    public static Accelerator parse(String label, String text) throws DocumentException {
        return decode(JsonDocument.parse(label, text));
    }

    /** Decodes a parsed document; throws every problem found. */
    public static Accelerator decode(JsonDocument doc) throws DocumentException {
        if (!doc.checkFormat(DocumentKind.ACCELERATOR)) {
            doc.throwIfProblems();
        }
        DocNode r = doc.root();
        r.allowOnly("format", "name", "kind", "description", "clock_mhz", "precision_bits", "mac_energy_pj",
                "energy_table", "dataflow", "pe_array", "levels", "fpga");
        String name = r.string("name");
        AcceleratorKind kind = r.enumValue("kind", AcceleratorKind.class, AcceleratorKind.SPATIAL);
        String description = r.string("description", "");
        double clock = Numbers.positive(r, "clock_mhz", 1e6);
        int precision = r.integer("precision_bits", 16, 1, 64);
        EnergyTable table = energyTable(r);
        double macPj = r.number("mac_energy_pj", table.macPj(), 0, MAX_PJ);
        Dataflow dataflow = r.enumValue("dataflow", Dataflow.class, Dataflow.FLEXIBLE);

        PeArray array = null;
        if (kind == AcceleratorKind.SPATIAL || r.has("pe_array")) {
            array = peArray(r.object("pe_array"));
        }
        List<MemoryLevel> levels = new ArrayList<>();
        if (kind == AcceleratorKind.SPATIAL || r.has("levels")) {
            List<DocNode> items = r.array("levels");
            if (items.isEmpty() && r.has("levels")) {
                r.get("levels").error("needs at least one memory level (innermost first, DRAM last)");
            }
            for (DocNode item : items) {
                levels.add(level(item, precision, table));
            }
        }
        FpgaResources fpga = null;
        if (kind == AcceleratorKind.FPGA) {
            fpga = fpga(r.object("fpga"));
        } else if (r.has("fpga")) {
            r.get("fpga").error("only allowed when kind is \"fpga\"");
        }
        doc.throwIfProblems();

        Accelerator a;
        try {
            a = new Accelerator(name, kind, description, array, levels, dataflow, clock, macPj, precision, table, fpga);
        } catch (IllegalArgumentException e) {
            throw new DocumentException(new Problem(doc.file(), "", 0, 0, e.getMessage()));
        }
        for (AcceleratorRules.Violation v : AcceleratorRules.check(a)) {
            DocPath.resolve(r, v.path()).error(v.message());
        }
        doc.throwIfProblems();
        return a;
    }

    private static EnergyTable energyTable(DocNode r) {
        String tableName = r.string("energy_table", EnergyTables.DEFAULT.name());
        return EnergyTables.byName(tableName).orElseGet(() -> {
            r.get("energy_table").error("unknown energy table '" + tableName + "' (valid: " + EnergyTables.names() + ")");
            return EnergyTables.DEFAULT;
        });
    }

    private static PeArray peArray(DocNode n) {
        if (n.isMissing()) {
            return null;
        }
        n.allowOnly("axes");
        List<DocNode> items = n.array("axes");
        if (n.has("axes") && (items.isEmpty() || items.size() > 3)) {
            n.get("axes").error("a PE array has 1 to 3 axes, got " + items.size());
        }
        List<ArrayAxis> axes = new ArrayList<>();
        Set<String> names = new java.util.HashSet<>();
        for (DocNode a : items) {
            a.allowOnly("name", "size", "parallel_dims");
            String axisName = a.string("name");
            if (!axisName.isEmpty() && !names.add(axisName)) {
                a.get("name").error("duplicate axis name '" + axisName + "'");
            }
            int size = (int) Numbers.count(a, "size", -1, 1 << 20);
            List<Dim> dims = new ArrayList<>();
            List<DocNode> dimNodes = a.array("parallel_dims");
            if (a.has("parallel_dims") && dimNodes.isEmpty()) {
                a.get("parallel_dims").error("must name at least one loop dimension (N, G, K, C, P, Q, R, S)");
            }
            for (DocNode d : dimNodes) {
                Dim dim = dim(d);
                if (dim != null) {
                    if (dims.contains(dim)) {
                        d.error("dimension " + dim + " listed twice");
                    }
                    dims.add(dim);
                }
            }
            if (!axisName.isEmpty() && !dims.isEmpty()) {
                axes.add(new ArrayAxis(axisName, size, dims));
            }
        }
        return axes.isEmpty() || axes.size() > 3 || axes.size() != items.size() ? null : new PeArray(axes);
    }

    static Dim dim(DocNode d) {
        if (!d.json().isTextual()) {
            d.error("must be a loop dimension name (N, G, K, C, P, Q, R, S)");
            return null;
        }
        try {
            return Dim.parse(d.json().asText());
        } catch (IllegalArgumentException e) {
            d.error(e.getMessage());
            return null;
        }
    }

    private static MemoryLevel level(DocNode n, int precision, EnergyTable table) {
        n.allowOnly("name", "class", "size_words", "size_bytes", "word_bits", "block_words", "read_bandwidth",
                "write_bandwidth", "shared_bandwidth", "sharing", "keeps", "multiple_buffering", "energy");
        String name = n.string("name");
        MemoryClass cls = n.enumValue("class", MemoryClass.class, null);
        Capacity cap = capacity(n);
        int wordBits = n.integer("word_bits", precision, 1, 1024);
        int blockWords = n.integer("block_words", 1, 1, 1 << 16);
        // the path says levels[i]; the reason names the level too, as Timeloop users know it by name
        String hint = (name.isEmpty() ? " (" : " (level '" + name + "'; ") + "omit the field for unconstrained bandwidth)";
        double rd = Numbers.positive(n, "read_bandwidth", Double.POSITIVE_INFINITY, MAX_BW, hint);
        double wr = Numbers.positive(n, "write_bandwidth", Double.POSITIVE_INFINITY, MAX_BW, hint);
        double sh = Numbers.positive(n, "shared_bandwidth", Double.POSITIVE_INFINITY, MAX_BW, hint);
        Sharing sharing = sharing(n);
        Set<Tensor> keeps = n.has("keeps") ? tensors(n.get("keeps"), " in level '" + name + "'") : EnumSet.allOf(Tensor.class);
        int buffering = n.integer("multiple_buffering", 1, 1, 8);
        AccessEnergy energy;
        boolean explicit = n.has("energy");
        if (explicit) {
            energy = energy(n.object("energy"));
        } else {
            energy = table.blockEnergy(cls == null ? MemoryClass.SRAM : cls, wordBits, blockWords);
        }
        return new MemoryLevel(name.isEmpty() ? "?" : name, cls == null ? MemoryClass.SRAM : cls, cap, wordBits,
                blockWords, rd, wr, sh, sharing, keeps, buffering, energy, explicit);
    }

    private static Capacity capacity(DocNode n) {
        if (n.has("size_words") && n.has("size_bytes")) {
            n.get("size_bytes").error("give size_words or size_bytes, not both");
            return Capacity.UNBOUNDED;
        }
        if (n.has("size_words")) {
            return Capacity.words(Numbers.count(n, "size_words", -1, MAX_WORDS));
        }
        if (n.has("size_bytes")) {
            return Capacity.bytes(Numbers.count(n, "size_bytes", -1, MAX_WORDS));
        }
        return Capacity.UNBOUNDED;
    }

    private static Sharing sharing(DocNode n) {
        if (!n.has("sharing")) {
            return Sharing.GLOBAL;
        }
        DocNode s = n.get("sharing");
        if (s.json().isIntegralNumber()) {
            return Sharing.of((int) s.asLong(1, 1 << 20, 1));
        }
        if (s.json().isTextual()) {
            String v = s.json().asText().trim().toLowerCase().replace('_', '-');
            if (v.equals("per-pe")) {
                return Sharing.PER_PE;
            }
            if (v.equals("global")) {
                return Sharing.GLOBAL;
            }
        }
        s.error("must be \"per-pe\", \"global\" or an instance count, got " + s.json());
        return Sharing.GLOBAL;
    }

    /** A list of tensor names; unknown names are reported. */
    public static Set<Tensor> tensors(DocNode list) {
        return tensors(list, "");
    }

    /** {@code where} is appended to an unknown tensor's reason (e.g. which level lists it). */
    static Set<Tensor> tensors(DocNode list, String where) {
        Set<Tensor> out = EnumSet.noneOf(Tensor.class);
        for (DocNode t : list.elements()) {
            Tensor tensor = tensor(t, where);
            if (tensor != null && !out.add(tensor)) {
                t.error("tensor " + tensor.key() + " listed twice");
            }
        }
        return out;
    }

    private static Tensor tensor(DocNode t, String where) {
        if (t.json().isTextual()) {
            String v = t.json().asText().trim().toLowerCase();
            for (Tensor x : Tensor.values()) {
                if (x.key().equals(v)) {
                    return x;
                }
            }
        }
        t.error("unknown tensor " + t.json() + where + " (valid: weights, inputs, outputs)");
        return null;
    }

    private static AccessEnergy energy(DocNode e) {
        e.allowOnly("read_pj", "write_pj", "update_pj", "leak_pj");
        double rd = e.number("read_pj", 0, MAX_PJ);
        double wr = e.number("write_pj", 0, MAX_PJ);
        double up = e.number("update_pj", wr, 0, MAX_PJ);
        double leak = e.number("leak_pj", 0, 0, MAX_PJ);
        return new AccessEnergy(rd, wr, up, leak);
    }

    private static FpgaResources fpga(DocNode f) {
        if (f.isMissing()) {
            return null;
        }
        f.allowOnly("dsp_count", "bram_bytes", "offchip_gbps", "dsp_per_mac");
        int dsp = (int) Numbers.count(f, "dsp_count", -1, 1 << 24);
        long bram = Numbers.count(f, "bram_bytes", -1, 1L << 40);
        double bw = Numbers.positive(f, "offchip_gbps", 1e6);
        int perMac = f.integer("dsp_per_mac", 1, 1, 64);
        return bw > 0 ? new FpgaResources(dsp, bram, bw, perMac) : null;
    }

    // ---- writing -------------------------------------------------------------------------------

    /** The document form of an accelerator; fields in a fixed order so output is stable. */
    public static ObjectNode toJson(Accelerator a) {
        ObjectNode o = DocumentWriter.newDocument(DocumentKind.ACCELERATOR);
        o.put("name", a.name());
        o.put("kind", a.kind().key());
        if (!a.description().isEmpty()) {
            o.put("description", a.description());
        }
        Numbers.put(o, "clock_mhz", a.clockMhz());
        o.put("precision_bits", a.precisionBits());
        o.put("dataflow", a.dataflow().key());
        o.put("energy_table", a.energyTable().name());
        Numbers.put(o, "mac_energy_pj", a.macEnergyPj());
        if (a.array() != null) {
            ArrayNode axes = o.putObject("pe_array").putArray("axes");
            for (ArrayAxis ax : a.array().axes()) {
                ObjectNode x = axes.addObject();
                x.put("name", ax.name());
                x.put("size", ax.size());
                ArrayNode dims = x.putArray("parallel_dims");
                ax.parallelDims().forEach(d -> dims.add(d.name()));
            }
        }
        if (!a.levels().isEmpty() || a.kind() == AcceleratorKind.SPATIAL) {
            ArrayNode levels = o.putArray("levels");
            for (MemoryLevel l : a.levels()) {
                levels.add(level(l));
            }
        }
        a.fpgaResources().ifPresent(f -> {
            ObjectNode x = o.putObject("fpga");
            x.put("dsp_count", f.dspCount());
            x.put("bram_bytes", f.bramBytes());
            Numbers.put(x, "offchip_gbps", f.offchipGBps());
            x.put("dsp_per_mac", f.dspPerMac());
        });
        return o;
    }

    private static ObjectNode level(MemoryLevel l) {
        ObjectNode x = DocumentWriter.object();
        x.put("name", l.name());
        x.put("class", l.memoryClass().name().toLowerCase());
        switch (l.capacity().unit()) {
            case WORDS -> x.put("size_words", l.capacity().amount());
            case BYTES -> x.put("size_bytes", l.capacity().amount());
            case UNBOUNDED -> {
                // DRAM: no size field
            }
        }
        x.put("word_bits", l.wordBits());
        x.put("block_words", l.blockWords());
        putBandwidth(x, "read_bandwidth", l.readBandwidth());
        putBandwidth(x, "write_bandwidth", l.writeBandwidth());
        putBandwidth(x, "shared_bandwidth", l.sharedBandwidth());
        Sharing s = l.sharing();
        if (s.kind() == Sharing.Kind.COUNT) {
            x.put("sharing", s.count());
        } else {
            x.put("sharing", s.toString());
        }
        ArrayNode keeps = x.putArray("keeps");
        for (Tensor t : Tensor.values()) {
            if (l.keeps(t)) {
                keeps.add(t.key());
            }
        }
        x.put("multiple_buffering", l.multipleBuffering());
        if (l.energyExplicit()) {
            ObjectNode e = x.putObject("energy");
            Numbers.put(e, "read_pj", l.energy().readPj());
            Numbers.put(e, "write_pj", l.energy().writePj());
            Numbers.put(e, "update_pj", l.energy().updatePj());
            Numbers.put(e, "leak_pj", l.energy().leakPj());
        }
        return x;
    }

    private static void putBandwidth(ObjectNode x, String field, double bw) {
        if (Double.isFinite(bw)) {
            Numbers.put(x, field, bw);
        }
    }

    public static String toText(Accelerator a) {
        return DocumentWriter.toText(toJson(a));
    }

    public static void write(Accelerator a, Path file) throws IOException {
        DocumentWriter.write(toJson(a), file);
    }
}
