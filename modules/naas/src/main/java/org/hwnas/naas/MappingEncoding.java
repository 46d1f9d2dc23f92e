package org.hwnas.naas;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hwnas.cost.loopnest.ArchSpec;
import org.hwnas.cost.loopnest.Nest;
import org.hwnas.model.accel.Accelerator;
import org.hwnas.model.accel.ArrayAxis;
import org.hwnas.model.mapping.LevelMapping;
import org.hwnas.model.mapping.Loop;
import org.hwnas.model.mapping.Mapping;
import org.hwnas.model.workload.Dim;
import org.hwnas.model.workload.LoopBounds;

/**
 * NAAS's mapping encoding of one layer on one design: a real vector in [0, 1]^n that always decodes to a
 * valid loop nest (factors multiply to the layer's bounds, spatial factors fit their axis).
 * <p>Layout, over the layer's active dims (bound > 1) only, {@code L} levels:
 * <ol>
 * <li>one <b>spatial</b> gene per (axis, parallel dim with bound > 1): the factor of that dim on that
 *     axis, a divisor of what is left of the dim up to the room left on the axis ({@link Divisors#pick});</li>
 * <li>{@code (L-1) x n} <b>tiling</b> genes: level by level from the innermost, each dim's factor at that
 *     level, a divisor of its remaining extent; the outermost level (DRAM) takes the remainder;</li>
 * <li>{@code L x n} <b>loop-order</b> genes: per level an importance vector; the most important dim is
 *     the innermost loop of that level (best locality).</li>
 * </ol>
 * Spatial factors are taken before the temporal ones, and inner levels pick before outer ones [open
 * choices, ours]. Decoding into a {@link Nest} allocates nothing.
 */
public final class MappingEncoding {
    private final ArchSpec arch;
    private final Accelerator accel;
    private final LoopBounds bounds;
    private final int levels;
    private final int fanout;
    private final int axes;
    private final int[] active;
    /** Per axis, the ordinals of the dims it unrolls (those with bound > 1), one spatial gene each. */
    private final int[][] axisDims;
    private final int[] axisSize;
    private final int spatialGenes;
    private final int[] rem = new int[8];
    private final int[][] factor;
    private final int[][] spatialFactor;

    public MappingEncoding(ArchSpec arch, LoopBounds bounds) {
        this.arch = arch;
        this.accel = arch.accelerator();
        this.bounds = bounds;
        this.levels = arch.levels();
        this.fanout = arch.fanout();
        List<ArrayAxis> ax = accel.array().axes();
        this.axes = fanout < levels ? ax.size() : 0;
        List<Integer> act = new ArrayList<>();
        for (Dim d : Dim.values()) {
            if (bounds.get(d) > 1) {
                act.add(d.ordinal());
            }
        }
        active = act.stream().mapToInt(Integer::intValue).toArray();
        axisDims = new int[axes][];
        axisSize = new int[axes];
        int genes = 0;
        for (int a = 0; a < axes; a++) {
            axisSize[a] = ax.get(a).size();
            axisDims[a] = ax.get(a).parallelDims().stream().filter(d -> bounds.get(d) > 1).mapToInt(Dim::ordinal).toArray();
            genes += axisDims[a].length;
        }
        spatialGenes = genes;
        factor = new int[levels][8];
        spatialFactor = new int[Math.max(1, axes)][8];
    }

    public int dimensions() {
        return spatialGenes + (2 * levels - 1) * active.length;
    }

    public LoopBounds bounds() {
        return bounds;
    }

    /** Active dims (bound > 1) in {@link Dim} order: the dims the tiling and order genes refer to. */
    public List<Dim> activeDims() {
        List<Dim> out = new ArrayList<>();
        for (int d : active) {
            out.add(Dim.values()[d]);
        }
        return out;
    }

    private int tilingOffset(int level) {
        return spatialGenes + level * active.length;
    }

    private int orderOffset(int level) {
        return spatialGenes + (levels - 1) * active.length + level * active.length;
    }

    /** Fills the factor tables from {@code x}. */
    private void factors(double[] x) {
        for (int d = 0; d < 8; d++) {
            rem[d] = bounds.get(Dim.values()[d]);
        }
        int g = 0;
        for (int a = 0; a < axes; a++) {
            java.util.Arrays.fill(spatialFactor[a], 1);
            int room = axisSize[a];
            for (int d : axisDims[a]) {
                int f = Divisors.pick(x[g++], rem[d], room);
                spatialFactor[a][d] = f;
                rem[d] /= f;
                room /= f;
            }
        }
        for (int l = 0; l < levels; l++) {
            java.util.Arrays.fill(factor[l], 1);
        }
        for (int l = 0; l < levels - 1; l++) {
            int off = tilingOffset(l);
            for (int j = 0; j < active.length; j++) {
                int d = active[j];
                int f = Divisors.pick(x[off + j], rem[d], Integer.MAX_VALUE);
                factor[l][d] = f;
                rem[d] /= f;
            }
        }
        for (int d = 0; d < 8; d++) {
            factor[levels - 1][d] = rem[d];
        }
    }

    /** Builds the nest {@code x} encodes into {@code nest} (keep masks are the architecture's). */
    public void decode(double[] x, Nest nest) {
        factors(x);
        nest.clear();
        for (int l = 0; l < levels; l++) {
            if (l == fanout) {
                for (int a = 0; a < axes; a++) {
                    for (int d : axisDims[a]) {
                        nest.addLoop(d, spatialFactor[a][d], true);
                    }
                }
            }
            int[] order = ImportanceVector.order(x, orderOffset(l), active.length);
            for (int i : order) { // most important first = innermost
                nest.addLoop(active[i], factor[l][active[i]], false);
            }
            nest.endLevel(l);
        }
    }

    /** Sum of log2 of the factors below the outermost level: how much the inner tiles hold (feasibility penalty). */
    public double innerMass(double[] x) {
        factors(x);
        double m = 0;
        for (int l = 0; l < levels - 1; l++) {
            for (int d : active) {
                m += Math.log(factor[l][d]) / Math.log(2);
            }
        }
        return m;
    }

    /** An empty nest sized for this encoding. */
    public Nest newNest() {
        return Nest.empty(arch, bounds, levels * 8 + axes);
    }

    /** The mapping {@code x} encodes, as a document model (levels outermost first, loops outer to inner). */
    public Mapping toMapping(double[] x, String layerName) {
        factors(x);
        List<LevelMapping> out = new ArrayList<>();
        for (int l = levels - 1; l >= 0; l--) {
            int[] order = ImportanceVector.order(x, orderOffset(l), active.length);
            List<Loop> loops = new ArrayList<>();
            for (int i = order.length - 1; i >= 0; i--) { // outermost first
                int d = active[order[i]];
                if (factor[l][d] > 1) {
                    loops.add(Loop.of(Dim.values()[d], factor[l][d]));
                }
            }
            if (!loops.isEmpty()) {
                Set<org.hwnas.model.workload.Tensor> keep = null;
                out.add(new LevelMapping(accel.levels().get(l).name(), loops, keep));
            }
        }
        Map<String, List<Loop>> spatial = new LinkedHashMap<>();
        for (int a = 0; a < axes; a++) {
            List<Loop> loops = new ArrayList<>();
            for (int d : axisDims[a]) {
                if (spatialFactor[a][d] > 1) {
                    loops.add(Loop.of(Dim.values()[d], spatialFactor[a][d]));
                }
            }
            if (!loops.isEmpty()) {
                spatial.put(accel.array().axes().get(a).name(), loops);
            }
        }
        return new Mapping(layerName, bounds, out, spatial, accel.name());
    }

    /** A starting vector: full axes when the dims allow, nothing tiled inside (fits any level of at least one word per kept tensor), neutral orders. */
    public double[] start() {
        double[] x = new double[dimensions()];
        java.util.Arrays.fill(x, 0.5);
        for (int i = 0; i < spatialGenes; i++) {
            x[i] = 0.999;
        }
        for (int l = 0; l < levels - 1; l++) {
            for (int j = 0; j < active.length; j++) {
                x[tilingOffset(l) + j] = 0.0;
            }
        }
        return x;
    }
}
