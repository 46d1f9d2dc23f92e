package org.hwnas.cost.loopnest;

import org.hwnas.model.workload.Dim;
import org.hwnas.model.workload.LoopBounds;
import org.hwnas.model.workload.Tensor;

/**
 * The Timeloop-semantics loop-nest analysis of COST-MODEL.md sections 3-5 with rules R1-R4, E1 and
 * leakage: tiles with input halo, refills by the stationarity rule, sliding-window credit, multicast and
 * spatial reduction, partial-sum read/fill/update accounting, capacity, bandwidth stretch, energy.
 * <p>Allocation-free: all state lives in the {@link LoopNestResult} passed in. Not thread-safe per result.
 */
public final class LoopNestEvaluator {
    private static final int N = Dim.N.ordinal();
    private static final int G = Dim.G.ordinal();
    private static final int K = Dim.K.ordinal();
    private static final int C = Dim.C.ordinal();
    private static final int P = Dim.P.ordinal();
    private static final int Q = Dim.Q.ordinal();
    private static final int R = Dim.R.ordinal();
    private static final int S = Dim.S.ordinal();
    static final int W_ = Tensor.WEIGHTS.ordinal();
    static final int I_ = Tensor.INPUTS.ordinal();
    static final int O_ = Tensor.OUTPUTS.ordinal();
    /** RELEVANT[t] has bit d set when dim d indexes tensor t. */
    private static final int[] RELEVANT = new int[3];

    static {
        for (Tensor t : Tensor.values()) {
            for (Dim d : t.relevantDims()) {
                RELEVANT[t.ordinal()] |= 1 << d.ordinal();
            }
        }
    }

    private final ArchSpec arch;
    // per-level tile geometry, kept for the sliding-window rule (scratch, reused)
    private final long[][] extAt;
    private final long[] widthAt;
    private final long[] heightAt;
    private final long[] ext = new long[8];
    /** Per level: product of the spatial loops inside its tile (all, and per tensor those irrelevant / relevant to it). */
    private final long[] below;
    private final long[][] irrBelow;
    private final long[][] relBelow;
    private final long[] irrScratch = new long[3];
    private final long[] relScratch = new long[3];

    public LoopNestEvaluator(ArchSpec arch) {
        this.arch = arch;
        extAt = new long[arch.levels][8];
        widthAt = new long[arch.levels];
        heightAt = new long[arch.levels];
        below = new long[arch.levels];
        irrBelow = new long[3][arch.levels];
        relBelow = new long[3][arch.levels];
    }

    public ArchSpec arch() {
        return arch;
    }

    /** Evaluates {@code nest} into {@code out}; check {@link LoopNestResult#fits()} before trusting it. */
    public void evaluate(Nest nest, LoopNestResult out) {
        LoopBounds b = nest.bounds;
        int levels = arch.levels;
        long macs = b.macs();
        long cc = 1;
        long util = 1;
        for (int i = 0; i < nest.size; i++) {
            if (nest.spatial[i]) {
                util *= nest.factor[i];
            } else {
                cc *= nest.factor[i];
            }
        }
        out.macs = macs;
        out.computeCycles = cc;
        out.utilizedPes = (int) util;
        out.overCapacityLevel = -1;
        tiles(nest, out);
        spatialBelow(nest);
        boolean spatialInnermost = nest.size > 0 && nest.spatial[0];
        for (int l = 0; l < levels; l++) {
            out.utilizedInstances[l] = (int) (util / below[l]);
            out.kept[l] = nest.keepMask[l];
            for (int t = 0; t < 3; t++) {
                out.reads[l][t] = 0;
                out.fills[l][t] = 0;
                out.updates[l][t] = 0;
                out.partition[l][t] = 0;
            }
        }
        readOnly(nest, out, W_, macs, util, spatialInnermost);
        readOnly(nest, out, I_, macs, util, spatialInnermost);
        outputs(nest, out, macs, util, spatialInnermost);
        capacity(nest, out);
        cyclesAndEnergy(out, macs, cc);
    }

    /** Tile of every tensor at every level: the footprint of the loop prefix [0, levelEnd[l]). */
    private void tiles(Nest nest, LoopNestResult out) {
        LoopBounds b = nest.bounds;
        java.util.Arrays.fill(ext, 1);
        int i = 0;
        for (int l = 0; l < arch.levels; l++) {
            int end = nest.levelEnd[l];
            while (i < end) {
                ext[nest.dim[i]] *= nest.factor[i];
                i++;
            }
            long w = (ext[P] - 1) * b.strideW() + (ext[R] - 1) * b.dilationW() + 1;
            long h = (ext[Q] - 1) * b.strideH() + (ext[S] - 1) * b.dilationH() + 1;
            out.tile[l][W_] = ext[G] * ext[K] * ext[C] * ext[R] * ext[S];
            out.tile[l][I_] = ext[N] * ext[G] * ext[C] * w * h;
            out.tile[l][O_] = ext[N] * ext[G] * ext[K] * ext[P] * ext[Q];
            System.arraycopy(ext, 0, extAt[l], 0, 8);
            widthAt[l] = w;
            heightAt[l] = h;
        }
    }

    /**
     * Spatial products inside each level's tile: a level's utilized instances are util / below, one read at
     * a level feeds every lane below it that needs the same value (irrelevant spatial loops: multicast),
     * and outputs reduce over irrelevant spatial loops. Per-PE levels have none below, global ones all.
     */
    private void spatialBelow(Nest nest) {
        long all = 1;
        long[] irr = irrScratch;
        long[] rel = relScratch;
        java.util.Arrays.fill(irr, 1);
        java.util.Arrays.fill(rel, 1);
        int i = 0;
        for (int l = 0; l < arch.levels; l++) {
            int end = nest.levelEnd[l];
            for (; i < end; i++) {
                if (nest.spatial[i]) {
                    all *= nest.factor[i];
                    for (int t = 0; t < 3; t++) {
                        if ((RELEVANT[t] & (1 << nest.dim[i])) == 0) {
                            irr[t] *= nest.factor[i];
                        } else {
                            rel[t] *= nest.factor[i];
                        }
                    }
                }
            }
            below[l] = all;
            for (int t = 0; t < 3; t++) {
                irrBelow[t][l] = irr[t];
                relBelow[t][l] = rel[t];
            }
        }
    }

    /** Weights or inputs: fills by the stationarity rule (with sliding credit), reads from the child's fills. */
    private void readOnly(Nest nest, LoopNestResult out, int t, long macs, long util, boolean spatialInnermost) {
        int rel = RELEVANT[t];
        int child = -1;
        int top = arch.levels - 1;
        for (int l = 0; l <= top; l++) {
            if ((nest.keepMask[l] & (1 << t)) == 0) {
                continue;
            }
            if (child < 0) {
                long r = macs / (util / below[l]);
                r /= irrBelow[t][l]; // R3: one read feeds every lane below needing the value

                if (spatialInnermost) {
                    r /= innermostIrrelevantRun(nest, rel); // R4
                }
                out.reads[l][t] = r;
            } else {
                long r = out.fills[child][t];
                if (below[l] != below[child]) {
                    // fills of every child instance under one instance here, identical tiles multicast
                    r = r * (below[l] / below[child]) / (irrBelow[t][l] / irrBelow[t][child]);
                }
                out.reads[l][t] = r;
            }
            out.fills[l][t] = l == top ? 0 : fills(nest, out, l, t);
            child = l;
        }
    }

    /** Outputs: updates from below, drains = tile x refills, fills = drains - partition, reads = updates - partition. */
    private void outputs(Nest nest, LoopNestResult out, long macs, long util, boolean spatialInnermost) {
        int rel = RELEVANT[O_];
        long total = nest.bounds.outputCount();
        long spatialRelevant = relBelow[O_][arch.levels - 1];
        int child = -1;
        long childDrains = 0;
        int top = arch.levels - 1;
        for (int l = 0; l <= top; l++) {
            if ((nest.keepMask[l] & (1 << O_)) == 0) {
                continue;
            }
            long updates;
            if (child < 0) {
                updates = macs / (util / below[l]);
                updates /= irrBelow[O_][l]; // in-network spatial reduction below this level

                if (spatialInnermost) {
                    updates /= innermostIrrelevantRun(nest, rel); // accumulate in the MAC (R4 analogue)
                }
            } else {
                updates = childDrains;
                if (below[l] != below[child]) {
                    updates = updates * (below[l] / below[child]) / (irrBelow[O_][l] / irrBelow[O_][child]);
                }
            }
            long partition = total / (spatialRelevant / relBelow[O_][l]); // outputs owned by one instance
            long drains = l == top ? partition : out.tile[l][O_] * refills(nest, l, rel);
            out.updates[l][O_] = updates;
            out.partition[l][O_] = partition;
            out.fills[l][O_] = Math.max(0, drains - partition);
            out.reads[l][O_] = Math.max(0, updates - partition);
            childDrains = drains;
            child = l;
        }
    }

    /** Stationarity rule: skip the innermost run of irrelevant temporal loops above level l, multiply the rest. */
    private static long refills(Nest nest, int l, int rel) {
        long prod = 1;
        boolean seenRelevant = false;
        for (int i = nest.levelEnd[l]; i < nest.size; i++) {
            if (nest.spatial[i]) {
                continue; // spatial loops above pick an instance, they do not iterate
            }
            if (!seenRelevant && (rel & (1 << nest.dim[i])) == 0) {
                continue;
            }
            seenRelevant = true;
            prod *= nest.factor[i];
        }
        return prod;
    }

    /**
     * Fills of a read-only tensor at level l. Inputs get the sliding-window credit (R1, R2) when the
     * innermost temporal loop above l moves the window (P or R along the width, Q or S along the height):
     * then each step after the first brings only the new columns or rows.
     */
    private long fills(Nest nest, LoopNestResult out, int l, int t) {
        int rel = RELEVANT[t];
        long tile = out.tile[l][t];
        int first = -1;
        for (int i = nest.levelEnd[l]; i < nest.size; i++) {
            if (!nest.spatial[i]) {
                first = i;
                break;
            }
        }
        if (first < 0) {
            return tile;
        }
        int d = nest.dim[first];
        if (t != I_ || !(d == P || d == R || d == Q || d == S)) {
            return tile * refills(nest, l, rel);
        }
        LoopBounds b = nest.bounds;
        boolean alongWidth = d == P || d == R;
        long span = alongWidth ? widthAt[l] : heightAt[l];
        long coefficient = d == P ? b.strideW() : d == R ? b.dilationW() : d == Q ? b.strideH() : b.dilationH();
        long delta = tile / span * Math.min(coefficient * extAt[l][d], span);
        long rest = 1;
        for (int i = first + 1; i < nest.size; i++) {
            if (!nest.spatial[i]) {
                rest *= nest.factor[i];
            }
        }
        return (tile + (nest.factor[first] - 1) * delta) * rest;
    }

    /** Product of spatial factors whose dim is relevant ({@code relevant}) or irrelevant to a tensor. */
    private static long spatialProduct(Nest nest, int rel, boolean relevant) {
        long p = 1;
        for (int i = 0; i < nest.size; i++) {
            if (nest.spatial[i] && ((rel & (1 << nest.dim[i])) != 0) == relevant) {
                p *= nest.factor[i];
            }
        }
        return p;
    }

    /** Product of the innermost run of temporal loops irrelevant to a tensor (R4). */
    private static long innermostIrrelevantRun(Nest nest, int rel) {
        long p = 1;
        for (int i = 0; i < nest.size; i++) {
            if (nest.spatial[i]) {
                continue;
            }
            if ((rel & (1 << nest.dim[i])) != 0) {
                break;
            }
            p *= nest.factor[i];
        }
        return p;
    }

    /** Sum of kept tiles x multiple buffering against each level's capacity. */
    private void capacity(Nest nest, LoopNestResult out) {
        for (int l = 0; l < arch.levels; l++) {
            long need = 0;
            for (int t = 0; t < 3; t++) {
                if ((nest.keepMask[l] & (1 << t)) != 0) {
                    need += out.tile[l][t];
                }
            }
            need *= arch.multipleBuffering[l];
            if (need > arch.capacityWords[l]) {
                out.overCapacityLevel = l;
                out.overCapacityWords = need;
                return;
            }
        }
    }

    private void cyclesAndEnergy(LoopNestResult out, long macs, long cc) {
        double worst = 1;
        for (int l = 0; l < arch.levels; l++) {
            long rd = 0;
            long wr = 0;
            for (int t = 0; t < 3; t++) {
                rd += out.reads[l][t];
                wr += out.fills[l][t] + out.updates[l][t];
            }
            double s = 1;
            if (rd > 0) {
                s = Math.min(s, arch.readBw[l] * cc / rd);
            }
            if (wr > 0) {
                s = Math.min(s, arch.writeBw[l] * cc / wr);
            }
            if (rd + wr > 0) {
                s = Math.min(s, arch.sharedBw[l] * cc / (rd + wr));
            }
            out.slowdown[l] = s;
            worst = Math.min(worst, s);
        }
        long cycles = worst >= 1 ? cc : (long) Math.ceil(cc / worst);
        out.cycles = cycles;
        double total = macs * arch.macPj;
        out.macEnergy = total;
        for (int l = 0; l < arch.levels; l++) {
            long block = arch.blockWords[l];
            int inst = out.utilizedInstances[l];
            for (int t = 0; t < 3; t++) {
                double e = 0;
                if ((out.kept[l] & (1 << t)) != 0) {
                    // E1: energy per vector access, ceil(count / block) accesses per instance
                    e = (ceilDiv(out.reads[l][t], block) * arch.eRead[l]
                            + ceilDiv(out.fills[l][t], block) * arch.eWrite[l]
                            + ceilDiv(out.updates[l][t], block) * arch.eUpdate[l]) * inst;
                }
                out.energy[l][t] = e;
                total += e;
            }
            out.leak[l] = arch.leak[l] * inst * cycles;
            total += out.leak[l];
        }
        out.energyPj = total;
    }

    /** The extents behind a tile, e.g. {@code K8 P14} (for messages; call after evaluate). */
    String tileShape(int l, int t) {
        StringBuilder sb = new StringBuilder();
        for (Dim d : Dim.values()) {
            long e = extAt[l][d.ordinal()];
            if (e > 1 && (RELEVANT[t] & (1 << d.ordinal())) != 0) {
                sb.append(sb.length() == 0 ? "" : " ").append(d.name()).append(e);
            }
        }
        return sb.length() == 0 ? "1 element" : sb.toString();
    }

    private static long ceilDiv(long a, long b) {
        return (a + b - 1) / b;
    }
}
