package org.hwnas.search.measure.cost;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hwnas.cost.api.CostException;
import org.hwnas.cost.loopnest.ArchSpec;
import org.hwnas.cost.loopnest.LoopNestEvaluator;
import org.hwnas.cost.loopnest.LoopNestResult;
import org.hwnas.cost.loopnest.Nest;
import org.hwnas.model.accel.Accelerator;
import org.hwnas.model.accel.ArrayAxis;
import org.hwnas.model.mapping.LevelMapping;
import org.hwnas.model.mapping.Loop;
import org.hwnas.model.mapping.Mapping;
import org.hwnas.model.workload.Dim;
import org.hwnas.model.workload.LoopBounds;

/**
 * A fixed mapping heuristic for the {@code loopnest} model, used until a per-layer mapping search is
 * wired in (it is not a search: one mapping per layer, found greedily):
 * <ol>
 * <li>spatial: each array axis unrolls its parallel dimensions in order, each by the largest divisor of
 *     what is left of it that still fits the PEs left on the axis;</li>
 * <li>temporal: everything else starts at the outermost level; then, level by level from the innermost,
 *     each dimension in the order R, S, C, P, Q, K, N, G (reduction first, so partial sums stay in
 *     place) moves down by the largest divisor of what is left of it with which every level's tiles
 *     still fit its capacity.</li>
 * </ol>
 * Bandwidth and the dataflow preset are not considered. Perfect factors only (what the model needs).
 */
final class GreedyMapping {
    private static final Dim[] ORDER = {Dim.R, Dim.S, Dim.C, Dim.P, Dim.Q, Dim.K, Dim.N, Dim.G};

    private final ArchSpec arch;
    private final LoopNestEvaluator evaluator;
    private final LoopNestResult result;

    GreedyMapping(Accelerator a) throws CostException {
        this.arch = ArchSpec.of(a);
        this.evaluator = new LoopNestEvaluator(arch);
        this.result = new LoopNestResult(arch.levels());
    }

    /** The mapping and its evaluation (in {@link #result()}). */
    Mapping map(LoopBounds b) throws CostException {
        Accelerator a = arch.accelerator();
        Map<Dim, Integer> left = new EnumMap<>(Dim.class);
        for (Dim d : Dim.values()) {
            left.put(d, b.get(d));
        }
        Map<String, List<Loop>> spatial = new LinkedHashMap<>();
        for (ArrayAxis axis : a.array().axes()) {
            int room = axis.size();
            List<Loop> loops = new ArrayList<>();
            for (Dim d : axis.parallelDims()) {
                int f = largestDivisorAtMost(left.get(d), room);
                if (f > 1) {
                    loops.add(Loop.of(d, f));
                    left.put(d, left.get(d) / f);
                    room /= f;
                }
            }
            spatial.put(axis.name(), loops);
        }
        int levels = a.levels().size();
        List<List<Loop>> inner = new ArrayList<>(); // per level, loops innermost first
        for (int i = 0; i < levels; i++) {
            inner.add(new ArrayList<>());
        }
        if (!fits(b, inner, left, spatial)) {
            throw new CostException("no mapping with every loop at the outermost level fits " + a.name());
        }
        for (int level = 0; level < levels - 1; level++) {
            for (Dim d : ORDER) {
                int rest = left.get(d);
                for (int f = rest; f > 1; f--) {
                    if (rest % f != 0) {
                        continue;
                    }
                    inner.get(level).add(Loop.of(d, f));
                    left.put(d, rest / f);
                    if (fits(b, inner, left, spatial)) {
                        break;
                    }
                    inner.get(level).remove(inner.get(level).size() - 1);
                    left.put(d, rest);
                }
            }
        }
        Mapping m = mapping(b, inner, left, spatial);
        evaluator.evaluate(Nest.of(arch, b, m), result);
        return m;
    }

    LoopNestResult result() {
        return result;
    }

    private boolean fits(LoopBounds b, List<List<Loop>> inner, Map<Dim, Integer> left, Map<String, List<Loop>> spatial)
            throws CostException {
        evaluator.evaluate(Nest.of(arch, b, mapping(b, inner, left, spatial)), result);
        return result.fits();
    }

    private Mapping mapping(LoopBounds b, List<List<Loop>> inner, Map<Dim, Integer> left, Map<String, List<Loop>> spatial) {
        Accelerator a = arch.accelerator();
        int levels = a.levels().size();
        List<LevelMapping> out = new ArrayList<>();
        for (int i = levels - 1; i >= 0; i--) { // documents list levels outermost first, loops outer to inner
            List<Loop> loops = new ArrayList<>();
            if (i == levels - 1) {
                for (Dim d : Dim.values()) {
                    if (left.get(d) > 1) {
                        loops.add(Loop.of(d, left.get(d)));
                    }
                }
            }
            List<Loop> in = new ArrayList<>(inner.get(i));
            java.util.Collections.reverse(in);
            loops.addAll(in);
            out.add(new LevelMapping(a.levels().get(i).name(), merge(loops), null));
        }
        return new Mapping("", b, out, spatial, a.name());
    }

    /** One loop per dimension per level (the model refuses repeats), factors multiplied, order kept. */
    private static List<Loop> merge(List<Loop> loops) {
        Map<Dim, Integer> f = new LinkedHashMap<>();
        for (Loop l : loops) {
            f.merge(l.dim(), l.factor(), (x, y) -> x * y);
        }
        List<Loop> out = new ArrayList<>();
        f.forEach((d, v) -> out.add(Loop.of(d, v)));
        return out;
    }

    static int largestDivisorAtMost(int n, int max) {
        for (int f = Math.min(n, max); f > 1; f--) {
            if (n % f == 0) {
                return f;
            }
        }
        return 1;
    }
}
