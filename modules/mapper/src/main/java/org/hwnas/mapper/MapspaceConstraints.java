package org.hwnas.mapper;

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
import org.hwnas.model.workload.Dim;
import org.hwnas.model.workload.LoopBounds;
import org.hwnas.model.workload.Tensor;

/**
 * Per-level and per-array-axis restrictions of a mapspace, as Timeloop's architecture and mapspace
 * constraints: factor bounds per dimension ({@code K=16} fixes, {@code R=1} forbids, {@code C<=4} caps),
 * a partial loop permutation per level (listed innermost first, the rest free outside it), and tensors a
 * level must keep or must bypass. What is not constrained stays free for the mapper.
 *
 * @param levels per memory level name
 * @param axes   per PE-array axis name: factor bounds of the spatial loops on that axis
 */
public record MapspaceConstraints(Map<String, Level> levels, Map<String, Map<Dim, Factor>> axes) {

    /** Bounds of one dimension's factor at one level or axis (inclusive). */
    public record Factor(int min, int max) {
        public Factor {
            if (min < 1 || max < min) {
                throw new IllegalArgumentException("factor bounds must satisfy 1 <= min <= max, got " + min + ".." + max);
            }
        }

        public static Factor exactly(int n) {
            return new Factor(n, n);
        }

        public static Factor atMost(int n) {
            return new Factor(1, n);
        }

        public static Factor atLeast(int n) {
            return new Factor(n, Integer.MAX_VALUE);
        }

        public boolean fixed() {
            return min == max;
        }

        public boolean admits(long f) {
            return f >= min && f <= max;
        }

        @Override
        public String toString() {
            return fixed() ? "=" + min : max == Integer.MAX_VALUE ? ">=" + min : min == 1 ? "<=" + max : " in " + min + ".." + max;
        }
    }

    /**
     * Constraints of one memory level's temporal loops and kept tensors.
     *
     * @param factors     factor bounds per dimension
     * @param permutation dims whose non-unit loops sit innermost at this level, in this order (innermost first)
     * @param keep        tensors the level must keep
     * @param bypass      tensors the level must bypass
     */
    public record Level(Map<Dim, Factor> factors, List<Dim> permutation, Set<Tensor> keep, Set<Tensor> bypass) {
        public Level {
            factors = factors.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(factors));
            permutation = List.copyOf(permutation);
            keep = keep.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(keep));
            bypass = bypass.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(bypass));
        }

        public static final Level NONE = new Level(Map.of(), List.of(), Set.of(), Set.of());
    }

    public MapspaceConstraints {
        levels = Map.copyOf(levels);
        Map<String, Map<Dim, Factor>> a = new LinkedHashMap<>();
        axes.forEach((k, v) -> a.put(k, Map.copyOf(v)));
        axes = Map.copyOf(a);
    }

    private static final MapspaceConstraints NONE = new MapspaceConstraints(Map.of(), Map.of());

    /** No constraints: the whole mapspace. */
    public static MapspaceConstraints none() {
        return NONE;
    }

    public boolean isEmpty() {
        return levels.isEmpty() && axes.isEmpty();
    }

    public Level level(String name) {
        return levels.getOrDefault(name, Level.NONE);
    }

    public Map<Dim, Factor> axis(String name) {
        return axes.getOrDefault(name, Map.of());
    }

    /**
     * Problems of these constraints on this design and layer, each naming the level or axis and the
     * dimension or tensor: unknown names, fixed factors that do not divide the layer or overfill an axis,
     * a tensor both kept and bypassed, kept where the architecture cannot hold it, or bypassed at the
     * outermost level.
     */
    public List<String> problems(Accelerator a, LoopBounds layer) {
        List<String> out = new ArrayList<>();
        levels.forEach((name, c) -> {
            int idx = a.levelIndex(name);
            if (idx < 0) {
                out.add("constraint on level '" + name + "': no such level in accelerator '" + a.name() + "' (levels: "
                        + String.join(", ", a.levels().stream().map(MemoryLevel::name).toList()) + ")");
                return;
            }
            MemoryLevel hw = a.levels().get(idx);
            for (Tensor t : c.keep()) {
                if (c.bypass().contains(t)) {
                    out.add("constraint on level '" + name + "': " + t.key() + " is both kept and bypassed");
                } else if (!hw.keeps(t)) {
                    out.add("constraint on level '" + name + "': cannot keep " + t.key() + ", the architecture bypasses it there");
                }
            }
            if (idx == a.levels().size() - 1 && !c.bypass().isEmpty()) {
                out.add("constraint on level '" + name + "': the outermost level keeps every tensor; cannot bypass "
                        + c.bypass().iterator().next().key());
            }
            if (new java.util.HashSet<>(c.permutation()).size() != c.permutation().size()) {
                out.add("constraint on level '" + name + "': permutation " + c.permutation() + " names a dimension twice");
            }
        });
        axes.forEach((name, f) -> {
            ArrayAxis axis = a.array() == null ? null : a.array().axis(name).orElse(null);
            if (axis == null) {
                out.add("constraint on array axis '" + name + "': no such axis in accelerator '" + a.name() + "'");
                return;
            }
            long used = 1;
            for (Map.Entry<Dim, Factor> e : f.entrySet()) {
                if (e.getValue().min() > 1 && !axis.parallelizes(e.getKey())) {
                    out.add("constraint on array axis '" + name + "': dimension " + e.getKey() + e.getValue()
                            + " but the axis cannot parallelize " + e.getKey());
                }
                if (e.getValue().fixed()) {
                    used *= e.getValue().min();
                }
            }
            if (used > axis.size()) {
                out.add("constraint on array axis '" + name + "': fixed factors need " + used + " PEs, the axis has " + axis.size());
            }
        });
        for (Dim d : Dim.values()) {
            long fixed = 1;
            List<String> where = new ArrayList<>();
            for (Map.Entry<String, Level> e : levels.entrySet()) {
                Factor f = e.getValue().factors().get(d);
                if (f != null && f.fixed() && f.min() > 1) {
                    fixed *= f.min();
                    where.add(e.getKey() + " " + d + f.min());
                }
            }
            for (Map.Entry<String, Map<Dim, Factor>> e : axes.entrySet()) {
                Factor f = e.getValue().get(d);
                if (f != null && f.fixed() && f.min() > 1) {
                    fixed *= f.min();
                    where.add("axis " + e.getKey() + " " + d + f.min());
                }
            }
            if (layer.get(d) % fixed != 0) {
                out.add("dimension " + d + ": constraints fix factors multiplying to " + fixed + " (" + String.join(", ", where)
                        + ") but the layer has " + d + "=" + layer.get(d));
            }
        }
        return out;
    }

    /**
     * Where a given mapping leaves these constraints, each naming the level or axis and the dimension or
     * tensor (empty when it satisfies them). Used to check imported mappings and the mapper's own results.
     */
    public List<String> violations(org.hwnas.model.mapping.Mapping m, Accelerator a) {
        List<String> out = new ArrayList<>();
        levels.forEach((name, c) -> {
            MemoryLevel hw = a.level(name).orElse(null);
            if (hw == null) {
                return;
            }
            org.hwnas.model.mapping.LevelMapping lm = m.level(name).orElse(null);
            List<org.hwnas.model.mapping.Loop> loops = lm == null ? List.of() : lm.temporal();
            for (Map.Entry<Dim, Factor> e : c.factors().entrySet()) {
                long f = 1;
                for (org.hwnas.model.mapping.Loop loop : loops) {
                    if (loop.dim() == e.getKey()) {
                        f *= loop.factor();
                    }
                }
                if (!e.getValue().admits(f)) {
                    out.add("level '" + name + "': dimension " + e.getKey() + " has factor " + f + ", the constraint says "
                            + e.getKey() + e.getValue());
                }
            }
            // non-unit loops inner to outer: the pinned dims present must come first, in the constraint's order
            List<Dim> innerFirst = new ArrayList<>();
            for (int i = loops.size() - 1; i >= 0; i--) {
                if (loops.get(i).factor() > 1) {
                    innerFirst.add(loops.get(i).dim());
                }
            }
            List<Dim> expected = c.permutation().stream().filter(innerFirst::contains).toList();
            if (!innerFirst.subList(0, expected.size()).equals(expected)) {
                out.add("level '" + name + "': loops " + innerFirst + " (innermost first) break the permutation constraint "
                        + c.permutation() + " (those dims innermost, in that order)");
            }
            Set<Tensor> kept = lm == null || lm.keep() == null ? hw.keeps() : lm.keep();
            for (Tensor t : c.keep()) {
                if (!kept.contains(t)) {
                    out.add("level '" + name + "': bypasses " + t.key() + ", the constraint keeps it");
                }
            }
            for (Tensor t : c.bypass()) {
                if (kept.contains(t)) {
                    out.add("level '" + name + "': keeps " + t.key() + ", the constraint bypasses it");
                }
            }
        });
        axes.forEach((name, fs) -> {
            List<org.hwnas.model.mapping.Loop> loops = m.spatial().getOrDefault(name, List.of());
            for (Map.Entry<Dim, Factor> e : fs.entrySet()) {
                long f = 1;
                for (org.hwnas.model.mapping.Loop loop : loops) {
                    if (loop.dim() == e.getKey()) {
                        f *= loop.factor();
                    }
                }
                if (!e.getValue().admits(f)) {
                    out.add("array axis '" + name + "': dimension " + e.getKey() + " has factor " + f + ", the constraint says "
                            + e.getKey() + e.getValue());
                }
            }
        });
        return out;
    }
}
