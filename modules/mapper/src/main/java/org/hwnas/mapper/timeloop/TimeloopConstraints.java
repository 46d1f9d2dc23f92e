package org.hwnas.mapper.timeloop;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hwnas.cost.timeloop.TimeloopException;
import org.hwnas.cost.timeloop.TimeloopYaml;
import org.hwnas.mapper.MapspaceConstraints;
import org.hwnas.mapper.MapspaceConstraints.Factor;
import org.hwnas.model.accel.Accelerator;
import org.hwnas.model.accel.ArrayAxis;
import org.hwnas.model.workload.Dim;
import org.hwnas.model.workload.Tensor;

/**
 * Reads Timeloop v0.4 constraints as {@link MapspaceConstraints} for a design: the {@code targets} of
 * {@code mapspace_constraints} / {@code architecture_constraints} files, and the {@code constraints}
 * written inline on the nodes of an {@code arch.yaml}. Several files merge (an arch.yaml with its
 * hardware constraints plus a mapspace-constraints file).
 * <ul>
 * <li>{@code type: temporal} on a storage level: {@code factors} ({@code K=16}, {@code R=1}, {@code C<=4},
 *     {@code C>=2}) and a partial {@code permutation} (innermost first).</li>
 * <li>{@code type: dataspace} / {@code datatype} / {@code bypass}: {@code keep} and {@code bypass} lists.</li>
 * <li>{@code type: spatial} (or a container's inline {@code constraints.spatial}): factors per array axis.
 *     Timeloop's X (meshX) is the design's axis named {@code X} or {@code cols}, Y (meshY) the one named
 *     {@code Y} or {@code rows} (a design with one axis: that axis). With both axes, {@code split} sends the
 *     permutation's first {@code split} dims to X and the rest to Y, each dim then forbidden on the other
 *     axis; a container with a single mesh direction constrains that axis only. The order of spatial loops
 *     does not change loopnest counts, so a spatial permutation is used for the split only.</li>
 * </ul>
 */
public final class TimeloopConstraints {
    private static final Pattern FACTOR = Pattern.compile("([A-Za-z])\\s*(<=|>=|=)\\s*(\\d+)");

    private TimeloopConstraints() {
    }

    /** Mutable accumulation of one level's or axis's constraints. */
    private static final class LevelBuilder {
        final Map<Dim, Factor> factors = new EnumMap<>(Dim.class);
        List<Dim> permutation = List.of();
        final Set<Tensor> keep = EnumSet.noneOf(Tensor.class);
        final Set<Tensor> bypass = EnumSet.noneOf(Tensor.class);
    }

    /** The merged constraints of {@code files} for design {@code a}. */
    public static MapspaceConstraints read(Accelerator a, Path... files) throws TimeloopException {
        Map<String, LevelBuilder> levels = new LinkedHashMap<>();
        Map<String, Map<Dim, Factor>> axes = new LinkedHashMap<>();
        for (Path file : files) {
            JsonNode root = TimeloopYaml.read(file);
            boolean any = false;
            for (String key : List.of("mapspace_constraints", "architecture_constraints", "constraints")) {
                JsonNode c = root.path(key);
                if (!c.isMissingNode() && !c.isNull()) {
                    any = true;
                    JsonNode targets = c.isArray() ? c : c.path("targets");
                    for (int i = 0; i < targets.size(); i++) {
                        target(file, key + ".targets[" + i + "]", targets.get(i), a, levels, axes);
                    }
                }
            }
            JsonNode nodes = root.path("architecture").path("nodes");
            if (nodes.isArray()) {
                any = true;
                inline(file, nodes, a, levels, axes);
            }
            if (!any) {
                throw new TimeloopException(file + ": no constraints found (expected mapspace_constraints, architecture_constraints "
                        + "or an architecture with inline constraints)");
            }
        }
        Map<String, MapspaceConstraints.Level> out = new LinkedHashMap<>();
        levels.forEach((k, b) -> out.put(k, new MapspaceConstraints.Level(b.factors, b.permutation, b.keep, b.bypass)));
        return new MapspaceConstraints(out, axes);
    }

    private static void target(Path file, String where, JsonNode t, Accelerator a, Map<String, LevelBuilder> levels,
                               Map<String, Map<Dim, Factor>> axes) throws TimeloopException {
        String name = TimeloopYaml.text(t.get("target"));
        String type = TimeloopYaml.lower(t.get("type"));
        if (name.isEmpty()) {
            throw new TimeloopException(file + ": " + where + ".target: missing");
        }
        switch (type) {
            case "temporal" -> {
                LevelBuilder b = level(file, where, name, a, levels);
                factors(file, where + " (" + name + ")", t.path("factors"), b.factors);
                if (t.has("permutation")) {
                    b.permutation = dims(file, where + " (" + name + ").permutation", t.get("permutation"));
                }
            }
            case "dataspace", "datatype", "bypass" -> {
                LevelBuilder b = level(file, where, name, a, levels);
                tensors(file, where + " (" + name + ").keep", t.path("keep"), b.keep);
                tensors(file, where + " (" + name + ").bypass", t.path("bypass"), b.bypass);
            }
            case "spatial" -> spatial(file, where + " (" + name + ")", t, a, axes, true, true);
            default -> throw new TimeloopException(file + ": " + where + ".type: '" + TimeloopYaml.text(t.get("type"))
                    + "' is not supported (temporal, spatial, dataspace, bypass)");
        }
    }

    /** Inline constraints of an arch.yaml node tree: storage components and spatial containers. */
    private static void inline(Path file, JsonNode nodes, Accelerator a, Map<String, LevelBuilder> levels,
                               Map<String, Map<Dim, Factor>> axes) throws TimeloopException {
        for (JsonNode n : nodes) {
            if (n.has("nodes")) {
                inline(file, n.get("nodes"), a, levels, axes);
            }
            JsonNode c = n.path("constraints");
            if (c.isMissingNode() || c.isNull()) {
                continue;
            }
            String name = TimeloopYaml.text(n.get("name"));
            String where = "node '" + name + "'.constraints";
            if (n.has("class")) {
                if (a.levelIndex(name) < 0) {
                    continue; // compute units and other components the design does not list as levels
                }
                LevelBuilder b = level(file, where, name, a, levels);
                JsonNode temporal = c.path("temporal");
                factors(file, where + ".temporal", temporal.path("factors"), b.factors);
                if (temporal.has("permutation")) {
                    b.permutation = dims(file, where + ".temporal.permutation", temporal.get("permutation"));
                }
                tensors(file, where + ".dataspace.keep", c.path("dataspace").path("keep"), b.keep);
                tensors(file, where + ".dataspace.bypass", c.path("dataspace").path("bypass"), b.bypass);
            } else if (c.has("spatial")) {
                JsonNode mesh = n.path("spatial");
                boolean x = mesh.path("meshX").asLong(1) > 1;
                boolean y = mesh.path("meshY").asLong(1) > 1;
                spatial(file, where + ".spatial", c.get("spatial"), a, axes, x || !y, y || !x);
            }
        }
    }

    /** Spatial factors onto the X and/or Y axis, using split when both are in play. */
    private static void spatial(Path file, String where, JsonNode s, Accelerator a, Map<String, Map<Dim, Factor>> axes,
                                boolean useX, boolean useY) throws TimeloopException {
        Map<Dim, Factor> f = new EnumMap<>(Dim.class);
        factors(file, where, s.path("factors"), f);
        String xName = useX ? axis(file, where, a, "X", "cols") : null;
        String yName = useY ? axis(file, where, a, "Y", "rows") : null;
        if (xName != null && xName.equals(yName)) {
            yName = null; // a one-axis design: everything on that axis
        }
        Map<Dim, String> home = new EnumMap<>(Dim.class);
        if (xName != null && yName != null && s.has("permutation")) {
            List<Dim> perm = dims(file, where + ".permutation", s.get("permutation"));
            int split = s.path("split").asInt(perm.size());
            for (int i = 0; i < perm.size(); i++) {
                Dim d = perm.get(i);
                home.put(d, i < split ? xName : yName);
                forbid(axes, i < split ? yName : xName, d);
            }
        }
        for (Map.Entry<Dim, Factor> e : f.entrySet()) {
            Dim d = e.getKey();
            Factor v = e.getValue();
            String only = home.get(d);
            if (only == null && xName != null && yName != null && v.min() > 1) {
                throw new TimeloopException(file + ": " + where + ": factor " + d + v + " on a two-axis fan-out needs a permutation "
                        + "and split that place " + d + " on X or Y");
            }
            for (String ax : new String[] {xName, yName}) {
                if (ax != null && (only == null || only.equals(ax))) {
                    axes.computeIfAbsent(ax, k -> new EnumMap<>(Dim.class)).put(d, v);
                }
            }
        }
    }

    private static void forbid(Map<String, Map<Dim, Factor>> axes, String axis, Dim d) {
        axes.computeIfAbsent(axis, k -> new EnumMap<>(Dim.class)).putIfAbsent(d, Factor.exactly(1));
    }

    /** The design's axis for Timeloop's X or Y. */
    private static String axis(Path file, String where, Accelerator a, String letter, String alias) throws TimeloopException {
        List<ArrayAxis> ax = a.array() == null ? List.of() : a.array().axes();
        for (ArrayAxis x : ax) {
            if (x.name().equalsIgnoreCase(letter)) {
                return x.name();
            }
        }
        for (ArrayAxis x : ax) {
            if (x.name().equalsIgnoreCase(alias)) {
                return x.name();
            }
        }
        if (ax.size() == 1) {
            return ax.get(0).name();
        }
        throw new TimeloopException(file + ": " + where + ": design '" + a.name() + "' has no array axis for Timeloop's " + letter
                + " (name one '" + letter + "' or '" + alias + "')");
    }

    private static LevelBuilder level(Path file, String where, String name, Accelerator a, Map<String, LevelBuilder> levels)
            throws TimeloopException {
        if (a.levelIndex(name) < 0) {
            throw new TimeloopException(file + ": " + where + ": target '" + name + "' is not a level of design '" + a.name()
                    + "' (levels: " + String.join(", ", a.levels().stream().map(l -> l.name()).toList()) + ")");
        }
        return levels.computeIfAbsent(name, k -> new LevelBuilder());
    }

    /** {@code [K=16, R=1]} or {@code "K=16 R=1"}; also {@code <=} and {@code >=}. */
    private static void factors(Path file, String where, JsonNode n, Map<Dim, Factor> out) throws TimeloopException {
        if (n.isMissingNode() || n.isNull()) {
            return;
        }
        List<String> items = new ArrayList<>();
        if (n.isArray()) {
            n.forEach(x -> items.add(TimeloopYaml.text(x)));
        } else {
            items.add(TimeloopYaml.text(n));
        }
        for (String item : items) {
            Matcher m = FACTOR.matcher(item);
            int end = 0;
            while (m.find()) {
                if (!item.substring(end, m.start()).isBlank()) {
                    break;
                }
                end = m.end();
                Dim d = TimeloopYaml.dim(m.group(1), file, where + ".factors");
                int v;
                try {
                    v = Integer.parseInt(m.group(3));
                } catch (NumberFormatException e) {
                    throw new TimeloopException(file + ": " + where + ".factors: " + m.group() + ": factor too large");
                }
                if (v < 1) {
                    throw new TimeloopException(file + ": " + where + ".factors: " + m.group() + ": a factor must be >= 1");
                }
                out.put(d, switch (m.group(2)) {
                    case "<=" -> Factor.atMost(v);
                    case ">=" -> Factor.atLeast(v);
                    default -> Factor.exactly(v);
                });
            }
            if (!item.substring(end).isBlank()) {
                throw new TimeloopException(file + ": " + where + ".factors: cannot read '" + item.substring(end).trim()
                        + "' (expected e.g. K=16, R=1, C<=4)");
            }
        }
    }

    /** {@code [N, C, P]} or {@code "NCP"}: dims, innermost first. */
    private static List<Dim> dims(Path file, String where, JsonNode n) throws TimeloopException {
        List<Dim> out = new ArrayList<>();
        if (n.isArray()) {
            for (JsonNode x : n) {
                out.add(TimeloopYaml.dim(TimeloopYaml.text(x), file, where));
            }
        } else {
            for (char c : TimeloopYaml.text(n).replace(" ", "").toCharArray()) {
                out.add(TimeloopYaml.dim(String.valueOf(c), file, where));
            }
        }
        return out;
    }

    private static void tensors(Path file, String where, JsonNode n, Set<Tensor> out) throws TimeloopException {
        for (JsonNode t : n) {
            String s = TimeloopYaml.lower(t);
            Tensor found = null;
            for (Tensor x : Tensor.values()) {
                if (x.key().equals(s)) {
                    found = x;
                }
            }
            if (found == null) {
                throw new TimeloopException(file + ": " + where + ": unknown dataspace '" + TimeloopYaml.text(t)
                        + "' (valid: Weights, Inputs, Outputs)");
            }
            out.add(found);
        }
    }
}
