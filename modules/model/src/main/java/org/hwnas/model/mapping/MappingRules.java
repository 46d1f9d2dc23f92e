package org.hwnas.model.mapping;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.hwnas.model.accel.Accelerator;
import org.hwnas.model.accel.ArrayAxis;
import org.hwnas.model.accel.MemoryLevel;
import org.hwnas.model.workload.Dim;
import org.hwnas.model.workload.Tensor;

/**
 * Validity rules of a {@link Mapping}: factors multiply to the layer, levels and axes exist, spatial
 * factors fit the array, bypass choices are allowed. Every violation names the level or axis and the
 * dimension. Tile-size-versus-capacity is the cost model's job (it computes the tiles).
 */
public final class MappingRules {

    /**
     * One broken rule.
     *
     * @param path    where in a mapping document it is ({@code levels[1].temporal}, {@code spatial.rows})
     * @param level   the level or array axis concerned, or "" for the whole mapping
     * @param dim     the dimension concerned, or null
     * @param message what is wrong, naming level and dimension
     */
    public record Violation(String path, String level, Dim dim, String message) {
        @Override
        public String toString() {
            return path + ": " + message;
        }
    }

    private MappingRules() {
    }

    /** Rules that need only the layer: every dim's factors multiply to its bound; no dim twice per level. */
    public static List<Violation> check(Mapping m) {
        List<Violation> out = new ArrayList<>();
        for (Dim d : Dim.values()) {
            long product = m.product(d);
            int bound = m.bounds().get(d);
            if (product != bound) {
                out.add(new Violation("levels", "", d, "dimension " + d + ": factors multiply to " + product
                        + " but the layer has " + d + "=" + bound + where(m, d)));
            }
        }
        for (int i = 0; i < m.levels().size(); i++) {
            LevelMapping l = m.levels().get(i);
            Set<Dim> seen = EnumSet.noneOf(Dim.class);
            for (Loop loop : l.temporal()) {
                if (!seen.add(loop.dim())) {
                    out.add(new Violation("levels[" + i + "].temporal", l.level(), loop.dim(), "level '" + l.level()
                            + "': dimension " + loop.dim() + " appears more than once; merge the factors"));
                }
            }
        }
        m.spatial().forEach((axis, loops) -> {
            Set<Dim> seen = EnumSet.noneOf(Dim.class);
            for (Loop loop : loops) {
                if (!seen.add(loop.dim())) {
                    out.add(new Violation("spatial." + axis, axis, loop.dim(), "spatial axis '" + axis
                            + "': dimension " + loop.dim() + " appears more than once; merge the factors"));
                }
            }
        });
        return out;
    }

    /** All rules: the layer rules plus those against the accelerator. */
    public static List<Violation> check(Mapping m, Accelerator a) {
        List<Violation> out = check(m);
        checkLevels(m, a, out);
        checkSpatial(m, a, out);
        return out;
    }

    private static void checkLevels(Mapping m, Accelerator a, List<Violation> out) {
        int previous = Integer.MAX_VALUE;
        for (int i = 0; i < m.levels().size(); i++) {
            LevelMapping l = m.levels().get(i);
            String at = "levels[" + i + "]";
            int idx = a.levelIndex(l.level());
            if (idx < 0) {
                out.add(new Violation(at + ".level", l.level(), null, "level '" + l.level() + "' is not in accelerator '"
                        + a.name() + "' (levels: " + levelNames(a) + ")"));
                continue;
            }
            if (idx >= previous) {
                out.add(new Violation(at + ".level", l.level(), null, "level '" + l.level()
                        + "' is out of order or repeated: list levels outermost first (" + outerFirst(a) + ")"));
            }
            previous = idx;
            if (l.keep() == null) {
                continue;
            }
            MemoryLevel hw = a.levels().get(idx);
            for (Tensor t : l.keep()) {
                if (!hw.keeps(t)) {
                    out.add(new Violation(at + ".keep", l.level(), null, "level '" + l.level() + "' cannot keep "
                            + t.key() + ": the architecture bypasses it there (keeps " + keys(hw.keeps()) + ")"));
                }
            }
            if (idx == a.levels().size() - 1) {
                for (Tensor t : Tensor.values()) {
                    if (!l.keep().contains(t)) {
                        out.add(new Violation(at + ".keep", l.level(), null, "level '" + l.level()
                                + "' is the outermost level and must keep every tensor; " + t.key() + " is missing"));
                    }
                }
            }
        }
    }

    private static void checkSpatial(Mapping m, Accelerator a, List<Violation> out) {
        if (!m.spatial().isEmpty() && a.array() == null) {
            out.add(new Violation("spatial", "", null, "accelerator '" + a.name() + "' has no PE array for spatial loops"));
            return;
        }
        for (Map.Entry<String, List<Loop>> e : m.spatial().entrySet()) {
            String axisName = e.getKey();
            String at = "spatial." + axisName;
            ArrayAxis axis = a.array().axis(axisName).orElse(null);
            if (axis == null) {
                out.add(new Violation(at, axisName, null, "spatial axis '" + axisName + "' is not an axis of the PE array (axes: "
                        + a.array().axes().stream().map(ArrayAxis::name).collect(Collectors.joining(", ")) + ")"));
                continue;
            }
            long product = 1;
            for (Loop loop : e.getValue()) {
                product *= loop.factor();
                if (!axis.parallelizes(loop.dim())) {
                    out.add(new Violation(at, axisName, loop.dim(), "spatial axis '" + axisName + "' cannot parallelize dimension "
                            + loop.dim() + " (it parallelizes " + axis.parallelDims().stream().map(Dim::name)
                            .collect(Collectors.joining(", ")) + ")"));
                }
            }
            if (product > axis.size()) {
                out.add(new Violation(at, axisName, e.getValue().isEmpty() ? null : e.getValue().get(0).dim(),
                        "spatial axis '" + axisName + "': factors " + e.getValue().stream().map(Loop::toString)
                                .collect(Collectors.joining(" ")) + " need " + product + " PEs, the axis has " + axis.size()));
            }
        }
    }

    private static String where(Mapping m, Dim d) {
        List<String> parts = new ArrayList<>();
        for (LevelMapping l : m.levels()) {
            for (Loop loop : l.temporal()) {
                if (loop.dim() == d) {
                    parts.add(l.level() + " " + loop);
                }
            }
        }
        m.spatial().forEach((axis, loops) -> loops.stream().filter(x -> x.dim() == d)
                .forEach(x -> parts.add("spatial " + axis + " " + x)));
        return parts.isEmpty() ? " (no loop over " + d + ")" : " (" + String.join(", ", parts) + ")";
    }

    private static String levelNames(Accelerator a) {
        return a.levels().stream().map(MemoryLevel::name).collect(Collectors.joining(", "));
    }

    private static String outerFirst(Accelerator a) {
        List<String> names = new ArrayList<>();
        for (int i = a.levels().size() - 1; i >= 0; i--) {
            names.add(a.levels().get(i).name());
        }
        return String.join(", ", names);
    }

    private static String keys(Set<Tensor> ts) {
        return ts.isEmpty() ? "nothing" : ts.stream().map(Tensor::key).collect(Collectors.joining(", "));
    }
}
