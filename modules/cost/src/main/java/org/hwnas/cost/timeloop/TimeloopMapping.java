package org.hwnas.cost.timeloop;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hwnas.model.accel.Accelerator;
import org.hwnas.model.accel.ArrayAxis;
import org.hwnas.model.accel.MemoryLevel;
import org.hwnas.model.mapping.LevelMapping;
import org.hwnas.model.mapping.Loop;
import org.hwnas.model.mapping.Mapping;
import org.hwnas.model.workload.Dim;
import org.hwnas.model.workload.LoopBounds;
import org.hwnas.model.workload.Tensor;

/**
 * Timeloop mapping YAML ({@code mapping: [{target, type: temporal|spatial|datatype|bypass, factors,
 * permutation, split, keep, bypass}]}) to and from our {@link Mapping}. Timeloop's permutation lists
 * dims innermost first; ours lists loops outer to inner. Spatial entries may target any level or
 * container: all spatial loops go to our single fan-out, dims before {@code split} on the X axis, the
 * rest on Y (no split: all X). Targets that are not storage levels of the accelerator (containers,
 * {@code dummy_storage}) may only carry unit temporal factors.
 */
public final class TimeloopMapping {

    private TimeloopMapping() {
    }

    public static Mapping read(Path file, Accelerator accel, LoopBounds layer) throws TimeloopException {
        JsonNode list = TimeloopYaml.read(file).path("mapping");
        if (!list.isArray()) {
            throw new TimeloopException(file + ": mapping: expected a list of directives");
        }
        Map<String, List<Loop>> temporal = new LinkedHashMap<>();
        Map<String, Set<Tensor>> keep = new LinkedHashMap<>();
        Map<String, List<Loop>> spatial = new LinkedHashMap<>();
        int i = 0;
        for (JsonNode entry : list) {
            String where = "mapping[" + i++ + "]";
            String target = TimeloopYaml.text(entry.get("target"));
            String type = TimeloopYaml.lower(entry.get("type"));
            boolean storage = accel.levelIndex(target) >= 0;
            switch (type) {
                case "temporal" -> {
                    List<Loop> loops = loops(file, where, entry);
                    if (storage) {
                        temporal.put(target, loops);
                    } else if (!loops.isEmpty()) {
                        throw new TimeloopException(file + ": " + where + ": temporal loops " + loops + " at '" + target
                                + "', which is not a storage level of the architecture");
                    }
                }
                case "spatial" -> spatial(file, where, entry, accel, spatial);
                case "datatype", "dataspace", "bypass" -> {
                    if (storage) {
                        keep.put(target, keepOf(file, where, entry));
                    }
                }
                default -> throw new TimeloopException(file + ": " + where + ": unknown type '" + type
                        + "' (valid: temporal, spatial, datatype, dataspace, bypass)");
            }
        }
        List<LevelMapping> levels = new ArrayList<>();
        for (int l = accel.levels().size() - 1; l >= 0; l--) {
            String name = accel.levels().get(l).name();
            if (temporal.containsKey(name) || keep.containsKey(name)) {
                levels.add(new LevelMapping(name, temporal.getOrDefault(name, List.of()), keep.get(name)));
            }
        }
        return new Mapping(file.getFileName().toString(), layer, levels, spatial, accel.name());
    }

    /** Non-unit loops of a temporal directive, outer to inner. */
    private static List<Loop> loops(Path file, String where, JsonNode entry) throws TimeloopException {
        Map<Dim, Integer> factors = factors(file, where, entry);
        List<Dim> innerFirst = permutation(file, where, entry);
        for (Dim d : factors.keySet()) {
            if (!innerFirst.contains(d)) {
                innerFirst.add(d); // unlisted dims go outermost
            }
        }
        List<Loop> out = new ArrayList<>();
        for (int k = innerFirst.size() - 1; k >= 0; k--) {
            int f = factors.getOrDefault(innerFirst.get(k), 1);
            if (f > 1) {
                out.add(Loop.of(innerFirst.get(k), f));
            }
        }
        return out;
    }

    private static void spatial(Path file, String where, JsonNode entry, Accelerator accel, Map<String, List<Loop>> out)
            throws TimeloopException {
        Map<Dim, Integer> factors = factors(file, where, entry);
        List<Dim> order = permutation(file, where, entry);
        for (Dim d : factors.keySet()) {
            if (!order.contains(d)) {
                order.add(d);
            }
        }
        int split = entry.has("split") ? entry.get("split").asInt() : order.size();
        for (int k = 0; k < order.size(); k++) {
            int f = factors.getOrDefault(order.get(k), 1);
            if (f > 1) {
                String axis = axisName(accel, k < split);
                if (axis == null) {
                    throw new TimeloopException(file + ": " + where + ": " + order.get(k) + f + " on the "
                            + (k < split ? "X" : "Y") + " axis, but the array has no such fan-out");
                }
                out.computeIfAbsent(axis, x -> new ArrayList<>()).add(Loop.of(order.get(k), f));
            }
        }
    }

    /**
     * Our axis playing Timeloop's X (columns) or Y (rows): an axis named so, else of two axes the second
     * is X and the first Y, else the only axis is X.
     */
    static String axisName(Accelerator accel, boolean x) {
        List<ArrayAxis> axes = accel.array().axes();
        String want = x ? "X" : "Y";
        for (ArrayAxis a : axes) {
            if (a.name().equals(want)) {
                return want;
            }
        }
        if (axes.size() == 2) {
            return axes.get(x ? 1 : 0).name();
        }
        return x && axes.size() == 1 ? axes.get(0).name() : null;
    }

    /** {@code "C1 M8 R1"} or {@code "R=3 P=16"} (or a list of such tokens). */
    private static Map<Dim, Integer> factors(Path file, String where, JsonNode entry) throws TimeloopException {
        Map<Dim, Integer> out = new EnumMap<>(Dim.class);
        for (String token : tokens(entry.get("factors"))) {
            String t = token.replace("=", "");
            int j = 0;
            while (j < t.length() && Character.isLetter(t.charAt(j))) {
                j++;
            }
            if (j == 0 || j == t.length()) {
                throw new TimeloopException(file + ": " + where + ".factors: cannot read '" + token + "' (write C3 or C=3)");
            }
            Dim d = TimeloopYaml.dim(t.substring(0, j), file, where + ".factors");
            int f;
            try {
                f = Integer.parseInt(t.substring(j));
            } catch (NumberFormatException e) {
                throw new TimeloopException(file + ": " + where + ".factors: '" + token + "' has no integer factor");
            }
            if (f <= 0) {
                throw new TimeloopException(file + ": " + where + ".factors: factor of " + d + " must be > 0 (0 means "
                        + "'whatever remains' to the Timeloop mapper; give the value)");
            }
            out.put(d, f);
        }
        return out;
    }

    private static List<Dim> permutation(Path file, String where, JsonNode entry) throws TimeloopException {
        List<Dim> out = new ArrayList<>();
        JsonNode p = entry.get("permutation");
        if (p == null) {
            return out;
        }
        List<String> letters = new ArrayList<>();
        if (p.isArray()) {
            p.forEach(x -> letters.add(TimeloopYaml.text(x)));
        } else {
            for (char ch : TimeloopYaml.text(p).toCharArray()) {
                if (Character.isLetter(ch)) {
                    letters.add(String.valueOf(ch));
                }
            }
        }
        for (String s : letters) {
            Dim d = TimeloopYaml.dim(s, file, where + ".permutation");
            if (!out.contains(d)) {
                out.add(d);
            }
        }
        return out;
    }

    private static List<String> tokens(JsonNode n) {
        List<String> out = new ArrayList<>();
        if (n == null) {
            return out;
        }
        if (n.isArray()) {
            n.forEach(x -> out.add(TimeloopYaml.text(x)));
        } else {
            for (String s : TimeloopYaml.text(n).split("\\s+")) {
                if (!s.isEmpty()) {
                    out.add(s);
                }
            }
        }
        return out;
    }

    private static Set<Tensor> keepOf(Path file, String where, JsonNode entry) throws TimeloopException {
        Set<Tensor> keep = EnumSet.allOf(Tensor.class);
        if (entry.has("keep")) {
            keep = EnumSet.noneOf(Tensor.class);
            for (JsonNode t : entry.get("keep")) {
                keep.add(TimeloopArchitecture.tensor(file, where + ".keep", t));
            }
        }
        for (JsonNode t : entry.path("bypass")) {
            keep.remove(TimeloopArchitecture.tensor(file, where + ".bypass", t));
        }
        return keep;
    }

    // ---- writing -------------------------------------------------------------------------------

    private static final String TIMELOOP_DIMS = "CMRSNPQG";

    /**
     * Our mapping as Timeloop mapping YAML: per level (outermost first) a datatype directive (keep /
     * bypass) and a temporal one (every dim, permutation innermost first); the spatial loops as one
     * spatial directive targeting the level the array fans out from (X-axis dims first, {@code split}
     * after them; with a 2-D array the first axis is Y, the second X, as Timeloop's rows and columns).
     */
    public static String toYaml(Accelerator accel, Mapping m) {
        StringBuilder y = new StringBuilder("mapping:\n");
        List<MemoryLevel> levels = accel.levels();
        for (int l = levels.size() - 1; l >= 0; l--) {
            MemoryLevel level = levels.get(l);
            LevelMapping lm = m.level(level.name()).orElse(null);
            Set<Tensor> keep = lm == null ? level.keeps() : lm.keepOverride().orElse(level.keeps());
            y.append("  - target: ").append(level.name()).append("\n    type: datatype\n    keep: [")
                    .append(names(keep, true)).append("]\n    bypass: [").append(names(keep, false)).append("]\n");
            List<Loop> loops = lm == null ? List.of() : lm.temporal();
            y.append("  - target: ").append(level.name()).append("\n    type: temporal\n    factors: ")
                    .append(factorsText(loops)).append("\n    permutation: ").append(permutationText(loops)).append('\n');
            if (l == accel.fanoutIndex() && !m.spatial().isEmpty()) {
                spatialYaml(accel, m, level.name(), y);
            }
        }
        return y.toString();
    }

    private static void spatialYaml(Accelerator accel, Mapping m, String target, StringBuilder y) {
        List<ArrayAxis> axes = accel.array().axes();
        List<Loop> x = new ArrayList<>();
        List<Loop> yAxis = new ArrayList<>();
        String xName = axisName(accel, true);
        for (ArrayAxis a : axes) {
            (a.name().equals(xName) ? x : yAxis).addAll(m.spatial().getOrDefault(a.name(), List.of()));
        }
        List<Loop> ordered = new ArrayList<>(x);
        ordered.addAll(yAxis);
        StringBuilder perm = new StringBuilder();
        ordered.forEach(l -> perm.append(letter(l.dim())));
        List<Dim> used = ordered.stream().map(Loop::dim).toList();
        for (char ch : TIMELOOP_DIMS.toCharArray()) {
            Dim d = Dim.parse(String.valueOf(ch));
            if (!used.contains(d)) {
                perm.append(ch);
            }
        }
        y.append("  - target: ").append(target).append("\n    type: spatial\n    factors: ").append(factorsText(ordered))
                .append("\n    permutation: ").append(perm).append("\n    split: ").append(x.size()).append('\n');
    }

    private static String factorsText(List<Loop> loops) {
        StringBuilder s = new StringBuilder();
        for (char ch : TIMELOOP_DIMS.toCharArray()) {
            Dim d = Dim.parse(String.valueOf(ch));
            int f = 1;
            for (Loop l : loops) {
                if (l.dim() == d) {
                    f *= l.factor();
                }
            }
            s.append(s.length() == 0 ? "" : " ").append(ch).append(f);
        }
        return s.toString();
    }

    /** Innermost first: our loops reversed, then the unit dims. */
    private static String permutationText(List<Loop> outerFirst) {
        StringBuilder s = new StringBuilder();
        List<Dim> used = new ArrayList<>();
        for (int i = outerFirst.size() - 1; i >= 0; i--) {
            s.append(letter(outerFirst.get(i).dim()));
            used.add(outerFirst.get(i).dim());
        }
        for (char ch : TIMELOOP_DIMS.toCharArray()) {
            if (!used.contains(Dim.parse(String.valueOf(ch)))) {
                s.append(ch);
            }
        }
        return s.toString();
    }

    private static char letter(Dim d) {
        return d == Dim.K ? 'M' : d.name().charAt(0);
    }

    private static String names(Set<Tensor> keep, boolean kept) {
        List<String> out = new ArrayList<>();
        for (Tensor t : Tensor.values()) {
            if (keep.contains(t) == kept) {
                out.add(t.key().substring(0, 1).toUpperCase() + t.key().substring(1));
            }
        }
        return String.join(", ", out);
    }
}
