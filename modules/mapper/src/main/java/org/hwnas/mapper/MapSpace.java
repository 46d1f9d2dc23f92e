package org.hwnas.mapper;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.hwnas.cost.loopnest.ArchSpec;
import org.hwnas.cost.loopnest.Nest;
import org.hwnas.model.accel.Accelerator;
import org.hwnas.model.accel.ArrayAxis;
import org.hwnas.model.accel.Dataflow;
import org.hwnas.model.accel.MemoryLevel;
import org.hwnas.model.mapping.LevelMapping;
import org.hwnas.model.mapping.Loop;
import org.hwnas.model.mapping.Mapping;
import org.hwnas.model.workload.Dim;
import org.hwnas.model.workload.LoopBounds;
import org.hwnas.model.workload.Tensor;

/**
 * The mapping space of one layer on one design: every prime factor of every loop bound goes to a slot
 * (a level's temporal loops or a PE-array axis that may parallelize its dim), each level orders its
 * loops, and inner levels may bypass tensors the architecture lets them keep. Dataflow presets prune
 * the space (row-stationary: R inside the PE; X-stationary: X never bypassed in the PE). Decoding a
 * {@link Genome} into a {@link Nest} allocates nothing.
 */
final class MapSpace {
    static final int DIMS = Dim.values().length;
    final ArchSpec arch;
    final Accelerator accel;
    final LoopBounds bounds;
    final int levels;
    final int axes;
    final int fanout;
    final int[] axisSize;
    final int[] primeDim;
    final int[] primeValue;
    final int[][] allowedSlots;
    /** Per level, tensors a mapping may bypass there (bit per tensor ordinal). */
    final int[] bypassable;
    final int[] archKeep;
    /** Per level, the tensors kept before any searched bypass: the architecture's minus forced bypasses. */
    final int[] baseKeep;
    /** Factor per slot and dim of the point being built (decoded genome or enumerated assignment). */
    final int[][] factor;
    /** Factors fixed by constraints, per slot and dim (1 = free). */
    final int[][] fixed;
    /** Per dim, the bound left to distribute after the fixed factors. */
    final int[] freeBound;
    /** Per axis, the PEs the fixed spatial factors use. */
    final long[] axisFixed;
    /** Factor bounds per slot and dim (min, max) when some constraint is a range; null otherwise. */
    private final int[][] minFactor;
    private final int[][] maxFactor;
    /** Per level, dims whose loops a constraint pins innermost, innermost first (ordinals). */
    final int[][] pinned;
    private final boolean[][] isPinned;
    private final int[] orderScratch = new int[DIMS];
    /** Why no mapping can satisfy the constraints, or null. */
    final String infeasible;
    private final long[] axisUse;

    MapSpace(ArchSpec arch, LoopBounds bounds, boolean respectDataflow, boolean searchBypass) {
        this(arch, bounds, respectDataflow, searchBypass, MapspaceConstraints.none());
    }

    MapSpace(ArchSpec arch, LoopBounds bounds, boolean respectDataflow, boolean searchBypass, MapspaceConstraints mc) {
        this.arch = arch;
        this.accel = arch.accelerator();
        this.bounds = bounds;
        this.levels = accel.levels().size();
        this.fanout = arch.fanout();
        List<ArrayAxis> ax = accel.array().axes();
        this.axes = fanout < levels ? ax.size() : 0;
        axisSize = new int[axes];
        for (int a = 0; a < axes; a++) {
            axisSize[a] = ax.get(a).size();
        }
        List<MemoryLevel> memLevels = accel.levels();
        fixed = new int[levels + axes][DIMS];
        int[][] lo = new int[levels + axes][DIMS];
        int[][] hi = new int[levels + axes][DIMS];
        boolean ranges = false;
        freeBound = new int[DIMS];
        axisFixed = new long[Math.max(1, axes)];
        java.util.Arrays.fill(axisFixed, 1);
        pinned = new int[levels][];
        isPinned = new boolean[levels][DIMS];
        for (int s = 0; s < levels + axes; s++) {
            java.util.Arrays.fill(fixed[s], 1);
            java.util.Arrays.fill(lo[s], 1);
            java.util.Arrays.fill(hi[s], Integer.MAX_VALUE);
            Map<Dim, MapspaceConstraints.Factor> fs = s < levels ? mc.level(memLevels.get(s).name()).factors()
                    : mc.axis(ax.get(s - levels).name());
            for (Map.Entry<Dim, MapspaceConstraints.Factor> e : fs.entrySet()) {
                int d = e.getKey().ordinal();
                lo[s][d] = e.getValue().min();
                hi[s][d] = e.getValue().max();
                if (e.getValue().fixed()) {
                    fixed[s][d] = e.getValue().min();
                    if (s >= levels) {
                        axisFixed[s - levels] *= e.getValue().min();
                    }
                } else if (e.getValue().max() > 1) {
                    ranges = true;
                }
            }
        }
        for (int l = 0; l < levels; l++) {
            List<Dim> p = mc.level(memLevels.get(l).name()).permutation();
            pinned[l] = new int[p.size()];
            for (int i = 0; i < p.size(); i++) {
                pinned[l][i] = p.get(i).ordinal();
                isPinned[l][pinned[l][i]] = true;
            }
        }
        minFactor = ranges ? lo : null;
        maxFactor = ranges ? hi : null;
        String why = null;
        List<int[]> primes = new ArrayList<>();
        for (Dim d : Dim.values()) {
            int fixedProduct = 1;
            for (int s = 0; s < levels + axes; s++) {
                fixedProduct *= fixed[s][d.ordinal()];
            }
            int n = bounds.get(d) % fixedProduct == 0 ? bounds.get(d) / fixedProduct : 1;
            if (bounds.get(d) % fixedProduct != 0 && why == null) {
                why = "dimension " + d + ": constraints fix factors multiplying to " + fixedProduct + " but the layer has " + d + "="
                        + bounds.get(d);
            }
            freeBound[d.ordinal()] = n;
            for (int p = 2; (long) p * p <= n; p++) {
                while (n % p == 0) {
                    primes.add(new int[] {d.ordinal(), p});
                    n /= p;
                }
            }
            if (n > 1) {
                primes.add(new int[] {d.ordinal(), n});
            }
        }
        primeDim = new int[primes.size()];
        primeValue = new int[primes.size()];
        allowedSlots = new int[primes.size()][];
        Dataflow df = accel.dataflow();
        for (int i = 0; i < primes.size(); i++) {
            primeDim[i] = primes.get(i)[0];
            primeValue[i] = primes.get(i)[1];
            Dim d = Dim.values()[primeDim[i]];
            List<Integer> slots = new ArrayList<>();
            boolean insidePe = respectDataflow && df == Dataflow.ROW_STATIONARY && d == Dim.R && fanout > 0;
            for (int l = 0; l < levels; l++) {
                if ((!insidePe || l < fanout) && free(l, d.ordinal(), hi)) {
                    slots.add(l);
                }
            }
            for (int a = 0; a < axes; a++) {
                if (ax.get(a).parallelizes(d) && primeValue[i] <= axisSize[a] && free(levels + a, d.ordinal(), hi)) {
                    slots.add(levels + a);
                }
            }
            if (slots.isEmpty() && why == null) {
                why = "dimension " + d + ": the constraints leave no level or array axis for its factor " + primeValue[i]
                        + " (every level fixes or forbids " + d + ")";
            }
            allowedSlots[i] = slots.stream().mapToInt(Integer::intValue).toArray();
        }
        infeasible = why;
        archKeep = new int[levels];
        bypassable = new int[levels];
        baseKeep = new int[levels];
        for (int l = 0; l < levels; l++) {
            int keep = 0;
            for (Tensor t : accel.levels().get(l).keeps()) {
                keep |= 1 << t.ordinal();
            }
            archKeep[l] = keep;
            MapspaceConstraints.Level c = mc.level(memLevels.get(l).name());
            int mustKeep = 0;
            int mustBypass = 0;
            for (Tensor t : c.keep()) {
                mustKeep |= 1 << t.ordinal();
            }
            for (Tensor t : c.bypass()) {
                mustBypass |= 1 << t.ordinal();
            }
            baseKeep[l] = keep & ~mustBypass;
            if (searchBypass && l < levels - 1) {
                bypassable[l] = baseKeep[l] & ~protectedTensors(df, respectDataflow, l < fanout) & ~mustKeep;
            }
        }
        factor = new int[levels + axes][DIMS];
        axisUse = new long[Math.max(1, axes)];
    }

    /** Whether free (non-fixed) factors of dim d may go to slot s: not fixed there and not capped at 1. */
    private boolean free(int s, int d, int[][] hi) {
        return fixed[s][d] == 1 && hi[s][d] > 1;
    }

    /** Whether the current factor table meets the constraints' factor ranges. */
    boolean withinRanges() {
        if (minFactor == null) {
            return true;
        }
        for (int s = 0; s < factor.length; s++) {
            for (int d = 0; d < DIMS; d++) {
                if (factor[s][d] < minFactor[s][d] || factor[s][d] > maxFactor[s][d]) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Whether dim d's loop at level l is pinned innermost by a permutation constraint. */
    boolean pinned(int l, int d) {
        return isPinned[l][d];
    }

    /**
     * Level l's loop order, outer to inner, as evaluated: the searched order of the dims no constraint
     * pins, then the pinned dims (so they end up innermost, in the constraint's order). Returns a scratch array.
     */
    int[] effectiveOrder(int l, int[] order) {
        int[] out = orderScratch;
        int i = 0;
        for (int d : order) {
            if (!isPinned[l][d]) {
                out[i++] = d;
            }
        }
        for (int k = pinned[l].length - 1; k >= 0; k--) {
            out[i++] = pinned[l][k];
        }
        return out;
    }

    private static int protectedTensors(Dataflow df, boolean respect, boolean perPe) {
        if (!respect || !perPe) {
            return 0;
        }
        return switch (df) {
            case WEIGHT_STATIONARY -> 1 << Tensor.WEIGHTS.ordinal();
            case OUTPUT_STATIONARY -> 1 << Tensor.OUTPUTS.ordinal();
            case INPUT_STATIONARY -> 1 << Tensor.INPUTS.ordinal();
            case ROW_STATIONARY -> 7;
            default -> 0;
        };
    }

    int slots() {
        return levels + axes;
    }

    int maxLoops() {
        return (levels + axes) * DIMS;
    }

    /** Fills the factor table from a genome; false when the spatial factors overflow an axis. */
    boolean decode(Genome g) {
        for (int s = 0; s < factor.length; s++) {
            System.arraycopy(fixed[s], 0, factor[s], 0, DIMS);
        }
        System.arraycopy(axisFixed, 0, axisUse, 0, axisUse.length);
        for (int i = 0; i < primeDim.length; i++) {
            int s = g.slot[i];
            factor[s][primeDim[i]] *= primeValue[i];
            if (s >= levels) {
                axisUse[s - levels] *= primeValue[i];
                if (axisUse[s - levels] > axisSize[s - levels]) {
                    return false;
                }
            }
        }
        return withinRanges();
    }

    /** Builds the nest of the last decoded genome (innermost level first, spatial loops at the fan-out). */
    void build(Genome g, Nest nest) {
        build(g.order, g.keep, nest);
    }

    /** Builds the nest of the current factor table with these loop orders and kept tensors. */
    void build(int[][] orders, int[] keep, Nest nest) {
        nest.clear();
        for (int l = 0; l < levels; l++) {
            for (int a = 0; a < axes; a++) {
                if (arch.axisLevel(a) == l) { // the fan-out (an axis may fan out lower, below a level with a count)
                    for (int d = 0; d < DIMS; d++) {
                        nest.addLoop(d, factor[levels + a][d], true);
                    }
                }
            }
            int[] order = effectiveOrder(l, orders[l]);
            for (int i = DIMS - 1; i >= 0; i--) {
                nest.addLoop(order[i], factor[l][order[i]], false);
            }
            nest.endLevel(l);
            nest.setKeepMask(l, keep[l]);
        }
    }

    Genome random(SplittableRandom rnd) {
        Genome g = new Genome(primeDim.length, levels);
        for (int l = 0; l < levels; l++) {
            g.keep[l] = baseKeep[l];
            if (bypassable[l] != 0) {
                for (int t = 0; t < 3; t++) {
                    if ((bypassable[l] & (1 << t)) != 0 && rnd.nextInt(4) == 0) {
                        g.keep[l] &= ~(1 << t);
                    }
                }
            }
            for (int i = DIMS - 1; i > 0; i--) {
                int j = rnd.nextInt(i + 1);
                int tmp = g.order[l][i];
                g.order[l][i] = g.order[l][j];
                g.order[l][j] = tmp;
            }
        }
        System.arraycopy(axisFixed, 0, axisUse, 0, axisUse.length);
        for (int i = 0; i < primeDim.length; i++) {
            int[] allowed = allowedSlots[i];
            // half the factors start at the outermost level so that random points mostly fit the buffers
            int s = rnd.nextBoolean() ? allowed[outermostTemporal(allowed)] : allowed[rnd.nextInt(allowed.length)];
            if (s >= levels && axisUse[s - levels] * primeValue[i] > axisSize[s - levels]) {
                s = allowed[outermostTemporal(allowed)];
            }
            if (s >= levels) {
                axisUse[s - levels] *= primeValue[i];
            }
            g.slot[i] = s;
        }
        return g;
    }

    /** Index in {@code allowed} of the outermost temporal slot (always present: the outermost level). */
    private int outermostTemporal(int[] allowed) {
        int best = 0;
        for (int k = 0; k < allowed.length; k++) {
            if (allowed[k] < levels && allowed[k] >= allowed[best]) {
                best = k;
            }
        }
        return best;
    }

    /**
     * A random change: move one prime factor, move every factor of one dim that shares a slot to another
     * slot (a coarse step across plateaus the single moves cannot cross), swap two loops of a level, or
     * flip a bypass.
     */
    void mutate(Genome g, SplittableRandom rnd) {
        int kind = rnd.nextInt(10);
        if (kind < 2 && primeDim.length > 0) {
            int i = rnd.nextInt(primeDim.length);
            int[] allowed = allowedSlots[i];
            int to = allowed[rnd.nextInt(allowed.length)];
            int from = g.slot[i];
            for (int j = 0; j < primeDim.length; j++) {
                if (primeDim[j] == primeDim[i] && g.slot[j] == from && contains(allowedSlots[j], to)) {
                    g.slot[j] = to;
                }
            }
        } else if (kind < 6 && primeDim.length > 0) {
            int i = rnd.nextInt(primeDim.length);
            int[] allowed = allowedSlots[i];
            g.slot[i] = allowed[rnd.nextInt(allowed.length)];
        } else if (kind < 9 || !anyBypassable()) {
            int[] order = g.order[rnd.nextInt(levels)];
            int a = rnd.nextInt(DIMS);
            int b = rnd.nextInt(DIMS);
            int tmp = order[a];
            order[a] = order[b];
            order[b] = tmp;
        } else {
            int l = rnd.nextInt(levels);
            if (bypassable[l] != 0) {
                int t = rnd.nextInt(3);
                if ((bypassable[l] & (1 << t)) != 0) {
                    g.keep[l] ^= 1 << t;
                }
            }
        }
    }

    private static boolean contains(int[] a, int v) {
        for (int x : a) {
            if (x == v) {
                return true;
            }
        }
        return false;
    }

    private boolean anyBypassable() {
        for (int b : bypassable) {
            if (b != 0) {
                return true;
            }
        }
        return false;
    }

    /** The genome as a mapping document model (levels outermost first, loops outer to inner). */
    Mapping toMapping(Genome g, String layerName) {
        decode(g);
        return toMapping(g.order, g.keep, layerName);
    }

    /** The current factor table with these orders and kept tensors as a mapping document model. */
    Mapping toMapping(int[][] orders, int[] keepMasks, String layerName) {
        List<MemoryLevel> ls = accel.levels();
        List<LevelMapping> out = new ArrayList<>();
        for (int l = levels - 1; l >= 0; l--) {
            List<Loop> loops = new ArrayList<>();
            int[] order = effectiveOrder(l, orders[l]);
            for (int i = 0; i < DIMS; i++) {
                int d = order[i];
                if (factor[l][d] > 1) {
                    loops.add(Loop.of(Dim.values()[d], factor[l][d]));
                }
            }
            java.util.Set<Tensor> keep = null;
            if (keepMasks[l] != archKeep[l]) {
                keep = java.util.EnumSet.noneOf(Tensor.class);
                for (Tensor t : Tensor.values()) {
                    if ((keepMasks[l] & (1 << t.ordinal())) != 0) {
                        keep.add(t);
                    }
                }
            }
            if (!loops.isEmpty() || keep != null) {
                out.add(new LevelMapping(ls.get(l).name(), loops, keep));
            }
        }
        Map<String, List<Loop>> spatial = new LinkedHashMap<>();
        for (int a = 0; a < axes; a++) {
            List<Loop> loops = new ArrayList<>();
            for (int d = 0; d < DIMS; d++) {
                if (factor[levels + a][d] > 1) {
                    loops.add(Loop.of(Dim.values()[d], factor[levels + a][d]));
                }
            }
            if (!loops.isEmpty()) {
                spatial.put(accel.array().axes().get(a).name(), loops);
            }
        }
        return new Mapping(layerName, bounds, out, spatial, accel.name());
    }
}
