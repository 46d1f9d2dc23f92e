package org.hwnas.cost.loopnest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hwnas.cost.api.CostException;
import org.hwnas.model.mapping.LevelMapping;
import org.hwnas.model.mapping.Loop;
import org.hwnas.model.mapping.Mapping;
import org.hwnas.model.mapping.MappingRules;
import org.hwnas.model.workload.Dim;
import org.hwnas.model.workload.LoopBounds;

/**
 * A mapping flattened for evaluation: every non-unit loop from the innermost to the outermost, each
 * with its dim, factor and whether it is spatial. Level {@code l}'s temporal loops end at
 * {@code levelEnd[l]}; the spatial loops sit between the per-PE levels and level {@code fanout}, so the
 * prefix {@code [0, levelEnd[l])} is exactly the loops of level {@code l}'s tile.
 * <p>Fields are package-private and mutable so a mapper can rewrite a nest in place without allocating.
 */
public final class Nest {
    final int[] dim;
    final int[] factor;
    final boolean[] spatial;
    int size;
    final int[] levelEnd;
    /** Tensors each level keeps under this mapping (bit per tensor ordinal). */
    final int[] keepMask;
    final LoopBounds bounds;

    Nest(int capacity, int levels, LoopBounds bounds) {
        dim = new int[capacity];
        factor = new int[capacity];
        spatial = new boolean[capacity];
        levelEnd = new int[levels];
        keepMask = new int[levels];
        this.bounds = bounds;
    }

    /**
     * Flattens a mapping after checking it against the layer and the accelerator.
     *
     * @throws CostException listing every rule the mapping breaks (level / axis and dimension named)
     */
    public static Nest of(ArchSpec arch, LoopBounds layer, Mapping m) throws CostException {
        Mapping mapping = m.bounds().equals(layer) ? m
                : new Mapping(m.layerName(), layer, m.levels(), m.spatial(), m.accelerator());
        List<MappingRules.Violation> violations = MappingRules.check(mapping, arch.accelerator);
        if (!violations.isEmpty()) {
            List<String> reasons = new ArrayList<>();
            violations.forEach(v -> reasons.add(v.message()));
            throw new CostException(reasons);
        }
        int loops = 0;
        for (LevelMapping lm : mapping.levels()) {
            loops += lm.temporal().size();
        }
        for (List<Loop> axis : mapping.spatial().values()) {
            loops += axis.size();
        }
        Nest n = new Nest(Math.max(loops, 1), arch.levels, layer);
        for (int l = 0; l < arch.levels; l++) {
            for (Map.Entry<String, List<Loop>> e : mapping.spatial().entrySet()) {
                if (arch.axisLevel[arch.accelerator.array().axes().indexOf(arch.accelerator.array().axis(e.getKey()).orElseThrow())] == l) {
                    for (Loop loop : e.getValue()) {
                        n.add(loop.dim(), loop.factor(), true);
                    }
                }
            }
            String name = arch.accelerator.levels().get(l).name();
            LevelMapping lm = mapping.level(name).orElse(null);
            n.keepMask[l] = arch.keepMask[l];
            if (lm != null) {
                List<Loop> t = lm.temporal();
                for (int i = t.size() - 1; i >= 0; i--) { // documents list outer -> inner
                    n.add(t.get(i).dim(), t.get(i).factor(), false);
                }
                if (lm.keep() != null) {
                    n.keepMask[l] = ArchSpec.mask(lm.keep());
                }
            }
            n.levelEnd[l] = n.size;
        }
        return n;
    }

    private void add(Dim d, int f, boolean isSpatial) {
        addLoop(d.ordinal(), f, isSpatial);
    }

    // ---- in-place construction for mappers (unchecked: the caller guarantees a valid mapping) ----

    /**
     * An empty nest a mapper fills with {@link #addLoop}, {@link #endLevel} and {@link #setKeepMask},
     * without validation or allocation per candidate. Fill order: level 0's temporal loops inner to
     * outer, {@code endLevel(0)}, ..., each array axis's spatial loops just before level
     * {@link ArchSpec#axisLevel(int)}'s temporal loops ({@link ArchSpec#fanout()} for designs without explicit
     * instance counts), ..., {@code endLevel(levels - 1)}.
     */
    public static Nest empty(ArchSpec arch, LoopBounds bounds, int maxLoops) {
        Nest n = new Nest(Math.max(1, maxLoops), arch.levels, bounds);
        System.arraycopy(arch.keepMask, 0, n.keepMask, 0, arch.levels);
        return n;
    }

    /** Forgets every loop (keep masks stay). */
    public void clear() {
        size = 0;
    }

    /** Appends the next loop outward; unit factors are ignored. */
    public void addLoop(int dimOrdinal, int f, boolean isSpatial) {
        if (f == 1) {
            return; // unit loops neither tile nor iterate; dropping them keeps "innermost loop" rules simple
        }
        dim[size] = dimOrdinal;
        factor[size] = f;
        spatial[size] = isSpatial;
        size++;
    }

    /** Marks the end of level {@code l}'s loops (its tile is every loop added so far). */
    public void endLevel(int l) {
        levelEnd[l] = size;
    }

    /** Tensors level {@code l} keeps, one bit per {@code Tensor.ordinal()}. */
    public void setKeepMask(int l, int mask) {
        keepMask[l] = mask;
    }

    public LoopBounds bounds() {
        return bounds;
    }

    /** Loops of the nest, innermost first (for reports and tests). */
    public int size() {
        return size;
    }
}
