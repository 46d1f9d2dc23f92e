package org.hwnas.cost.timeloop;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
import org.hwnas.model.accel.MemoryClass;
import org.hwnas.model.accel.MemoryLevel;
import org.hwnas.model.accel.PeArray;
import org.hwnas.model.accel.Sharing;
import org.hwnas.model.workload.Dim;
import org.hwnas.model.workload.Tensor;

/**
 * Reads a Timeloop v0.4 architecture as an {@link Accelerator}: either the node tree of {@code arch.yaml}
 * ({@code Container}/{@code Component}/{@code Parallel}) or the {@code flattened_architecture.yaml} Timeloop
 * writes (explicit instance counts: use it when a reference's topology differs from its arch.yaml, as in
 * tutorial 04). Energies come from an Accelergy {@code ERT_summary.yaml} when given, else from the
 * {@code accelergy-45nm} table by component class.
 * <p>Storage components become levels (listed outer to inner, so the order is reversed); containers with
 * {@code spatial: {meshX, meshY}} form the PE array, axes {@code Y} (meshY) and {@code X} (meshX), each
 * free to parallelize any dimension (constraints are the mapper's business, see the mapper's
 * TimeloopConstraints). A storage level between two spatial containers gets an explicit instance count.
 */
public final class TimeloopArchitecture {
    private static final List<Dim> ANY = List.of(Dim.values());

    /** A storage or compute component found while walking the architecture. */
    private record Component(String name, String cls, JsonNode attributes, JsonNode constraints, long instances) {
    }

    private TimeloopArchitecture() {
    }

    public static Accelerator read(Path arch, Path ertSummary) throws TimeloopException {
        JsonNode root = TimeloopYaml.read(arch).path("architecture");
        if (root.isMissingNode()) {
            throw new TimeloopException(arch + ": architecture: missing");
        }
        Map<String, double[]> ert = ertSummary == null ? Map.of() : ert(ertSummary);
        List<Component> components = new ArrayList<>();
        long[] mesh = {1, 1};
        if (root.has("local")) {
            flattened(arch, root.path("local"), components, mesh);
        } else if (root.has("nodes")) {
            tree(arch, root.path("nodes"), components, mesh, new long[] {1, 1});
        } else {
            throw new TimeloopException(arch + ": architecture: expected 'nodes' (arch.yaml) or 'local' (flattened)");
        }
        return build(arch, components, mesh, ert);
    }

    /** Walks the node tree outer to inner, multiplying meshes as spatial containers are entered. */
    private static void tree(Path file, JsonNode nodes, List<Component> out, long[] total, long[] mesh) throws TimeloopException {
        for (JsonNode n : nodes) {
            if (n.has("class")) {
                out.add(new Component(TimeloopYaml.text(n.get("name")), TimeloopYaml.lower(n.get("class")) + subclass(n),
                        n.path("attributes"), n.path("constraints"), mesh[0] * mesh[1]));
            } else if (n.has("nodes")) {
                tree(file, n.get("nodes"), out, total, mesh);
            } else if (n.has("spatial")) {
                mesh[0] *= Math.max(1, n.path("spatial").path("meshX").asLong(1));
                mesh[1] *= Math.max(1, n.path("spatial").path("meshY").asLong(1));
                total[0] = mesh[0];
                total[1] = mesh[1];
            }
        }
    }

    private static String subclass(JsonNode n) {
        return n.has("subclass") ? "/" + TimeloopYaml.lower(n.get("subclass")) : "";
    }

    /** The flattened form: {@code name: system.X[1..N]} with meshX / meshY attributes. */
    private static void flattened(Path file, JsonNode local, List<Component> out, long[] total) throws TimeloopException {
        for (JsonNode n : local) {
            String name = componentName(TimeloopYaml.text(n.get("name")));
            JsonNode a = n.path("attributes");
            long mx = Math.max(1, a.path("meshX").asLong(1));
            long my = Math.max(1, a.path("meshY").asLong(1));
            total[0] = Math.max(total[0], mx);
            total[1] = Math.max(total[1], my);
            out.add(new Component(name, TimeloopYaml.lower(n.get("class")) + subclass(n), a, n.path("constraints"), mx * my));
        }
    }

    private static boolean isCompute(String cls) {
        return cls.contains("mac") || cls.startsWith("compute") || cls.contains("multiplier");
    }

    private static Accelerator build(Path file, List<Component> components, long[] mesh, Map<String, double[]> ert)
            throws TimeloopException {
        long pes = mesh[0] * mesh[1];
        EnergyTable table = EnergyTables.ACCELERGY_45NM;
        List<MemoryLevel> levels = new ArrayList<>();
        double macPj = table.macPj();
        String name = file.getFileName().toString();
        int precision = 0;
        for (Component c : components) {
            if (isCompute(c.cls)) {
                double[] e = ert.get(c.name);
                if (e != null) {
                    macPj = e[4];
                }
                continue;
            }
            if (c.cls.startsWith("dummy")) {
                continue; // Timeloop's placeholder for a spatial fan-out; holds nothing
            }
            if (pes % c.instances != 0) {
                throw new TimeloopException(file + ": " + c.name + ": " + c.instances + " instances in a " + pes
                        + "-PE array: the count must divide the PEs");
            }
            // one per PE, one global, or one per group of PEs (e.g. per row: a level between two fan-outs)
            Sharing sharing = c.instances == 1 || pes == 1 ? Sharing.GLOBAL : c.instances == pes ? Sharing.PER_PE
                    : Sharing.of((int) c.instances);
            MemoryLevel l = level(file, c, sharing, ert.get(c.name), table);
            levels.add(0, l); // Timeloop lists outer first; ours is innermost first
            precision = l.wordBits();
        }
        if (levels.isEmpty()) {
            throw new TimeloopException(file + ": no storage components");
        }
        List<ArrayAxis> axes = new ArrayList<>();
        if (mesh[1] > 1) {
            axes.add(new ArrayAxis("Y", (int) mesh[1], ANY));
        }
        if (mesh[0] > 1 || axes.isEmpty()) {
            axes.add(new ArrayAxis("X", (int) mesh[0], ANY));
        }
        Accelerator a = new Accelerator(name, AcceleratorKind.SPATIAL, "read from Timeloop " + file.getFileName(),
                new PeArray(axes), levels, Dataflow.FLEXIBLE, 1000, macPj, precision, table, null);
        List<AcceleratorRules.Violation> v = AcceleratorRules.check(a);
        if (!v.isEmpty()) {
            throw new TimeloopException(file + ": " + v.get(0).message());
        }
        return a;
    }

    private static MemoryLevel level(Path file, Component c, Sharing sharing, double[] e, EnergyTable table) throws TimeloopException {
        JsonNode a = c.attributes;
        int width = a.path("width").asInt(a.path("datawidth").asInt(16));
        int datawidth = a.path("datawidth").asInt(width);
        if (width <= 0 || datawidth <= 0) {
            throw new TimeloopException(file + ": " + c.name + ": width and datawidth must be > 0");
        }
        int block = Math.max(1, width / datawidth);
        MemoryClass cls = memoryClass(c.cls, a);
        Capacity cap = cls == MemoryClass.DRAM || !a.has("depth") ? Capacity.UNBOUNDED
                : Capacity.words(a.path("depth").asLong() * block);
        double rd = bandwidth(file, c.name, a, "read_bandwidth");
        double wr = bandwidth(file, c.name, a, "write_bandwidth");
        double sh = bandwidth(file, c.name, a, "shared_bandwidth");
        AccessEnergy energy = e == null ? table.blockEnergy(cls, datawidth, block) : new AccessEnergy(e[0], e[1], e[2], e[3]);
        return new MemoryLevel(c.name, cls, cap, datawidth, block, rd, wr, sh, sharing, keeps(file, c),
                Math.max(1, a.path("multiple_buffering").asInt(1)), energy, e != null);
    }

    /** Words per cycle; unlimited when absent. Zero, negative or non-numeric is an error, not "unlimited". */
    private static double bandwidth(Path file, String level, JsonNode a, String field) throws TimeloopException {
        if (!a.has(field) || a.get(field).isNull()) {
            return Double.POSITIVE_INFINITY;
        }
        JsonNode v = a.get(field);
        if (!v.isNumber() || !(v.asDouble() > 0) || !Double.isFinite(v.asDouble())) {
            throw new TimeloopException(file + ": " + level + ": " + field + ": must be a number > 0 (omit it for unlimited), got "
                    + v.asText());
        }
        return v.asDouble();
    }

    private static MemoryClass memoryClass(String cls, JsonNode a) {
        if (cls.contains("dram")) {
            return MemoryClass.DRAM;
        }
        if (cls.contains("register") || a.path("depth").asLong(2) <= 1) {
            return MemoryClass.REGISTER;
        }
        if (cls.contains("rf") || cls.contains("regfile")) {
            return MemoryClass.REGFILE;
        }
        return MemoryClass.SRAM;
    }

    private static Set<Tensor> keeps(Path file, Component c) throws TimeloopException {
        JsonNode ds = c.constraints.path("dataspace");
        Set<Tensor> keeps = EnumSet.allOf(Tensor.class);
        if (ds.has("keep")) {
            keeps = EnumSet.noneOf(Tensor.class);
            for (JsonNode t : ds.get("keep")) {
                keeps.add(tensor(file, c.name, t));
            }
        }
        for (JsonNode t : ds.path("bypass")) {
            keeps.remove(tensor(file, c.name, t));
        }
        return keeps;
    }

    static Tensor tensor(Path file, String where, JsonNode t) throws TimeloopException {
        String s = TimeloopYaml.lower(t);
        for (Tensor x : Tensor.values()) {
            if (x.key().equals(s)) {
                return x;
            }
        }
        throw new TimeloopException(file + ": " + where + ": unknown dataspace '" + TimeloopYaml.text(t)
                + "' (valid: Weights, Inputs, Outputs)");
    }

    /** {@code system_top_level.shared_glb[1..1]} to {@code shared_glb}. */
    static String componentName(String full) {
        int bracket = full.indexOf('[');
        String path = bracket < 0 ? full : full.substring(0, bracket);
        return path.substring(path.lastIndexOf('.') + 1);
    }

    /** Accelergy ERT summary: component name to {read, write, update, leak, compute} energies. */
    private static Map<String, double[]> ert(Path file) throws TimeloopException {
        Map<String, double[]> out = new HashMap<>();
        for (JsonNode entry : TimeloopYaml.read(file).path("ERT_summary").path("table_summary")) {
            String name = componentName(TimeloopYaml.text(entry.get("name")));
            double[] e = new double[5];
            for (JsonNode action : entry.path("actions")) {
                double v = action.path("energy").asDouble(0);
                switch (TimeloopYaml.lower(action.get("name"))) {
                    case "read" -> e[0] = v;
                    case "write" -> e[1] = v;
                    case "update" -> e[2] = v;
                    case "leak" -> e[3] = v;
                    case "compute" -> e[4] = v;
                    default -> {
                        // other actions (address generation, ...) are not modelled
                    }
                }
            }
            out.put(name, e);
        }
        return out;
    }
}
