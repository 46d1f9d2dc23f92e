package org.hwnas.cost.loopnest;

import java.util.List;
import org.hwnas.cost.api.CostException;
import org.hwnas.model.accel.Accelerator;
import org.hwnas.model.accel.AcceleratorKind;
import org.hwnas.model.accel.MemoryLevel;
import org.hwnas.model.accel.Sharing;
import org.hwnas.model.workload.Tensor;

/**
 * An accelerator flattened into arrays for the evaluator's inner loop (compiled once per design).
 * Levels are indexed innermost (0) to outermost; per-PE levels are {@code [0, fanout)}.
 */
public final class ArchSpec {
    final Accelerator accelerator;
    final int levels;
    final int fanout;
    final int totalPes;
    final long[] capacityWords;
    final int[] multipleBuffering;
    final int[] blockWords;
    final double[] readBw;
    final double[] writeBw;
    final double[] sharedBw;
    final double[] eRead;
    final double[] eWrite;
    final double[] eUpdate;
    final double[] leak;
    /** Bit {@code t.ordinal()} set when the level keeps tensor t by default. */
    final int[] keepMask;
    final double macPj;
    /** Per array axis, the level before whose temporal loops that axis's spatial loops sit (its fan-out). */
    final int[] axisLevel;

    private ArchSpec(Accelerator a) {
        this.accelerator = a;
        List<MemoryLevel> ls = a.levels();
        levels = ls.size();
        fanout = a.fanoutIndex();
        totalPes = a.totalPes();
        capacityWords = new long[levels];
        multipleBuffering = new int[levels];
        blockWords = new int[levels];
        readBw = new double[levels];
        writeBw = new double[levels];
        sharedBw = new double[levels];
        eRead = new double[levels];
        eWrite = new double[levels];
        eUpdate = new double[levels];
        leak = new double[levels];
        keepMask = new int[levels];
        for (int i = 0; i < levels; i++) {
            MemoryLevel l = ls.get(i);
            capacityWords[i] = l.capacityWords();
            multipleBuffering[i] = l.multipleBuffering();
            blockWords[i] = l.blockWords();
            readBw[i] = l.readBandwidth();
            writeBw[i] = l.writeBandwidth();
            sharedBw[i] = l.sharedBandwidth();
            eRead[i] = l.energy().readPj();
            eWrite[i] = l.energy().writePj();
            eUpdate[i] = l.energy().updatePj();
            leak[i] = l.energy().leakPj();
            keepMask[i] = mask(l.keeps());
        }
        macPj = a.macEnergyPj();
        axisLevel = axisLevels(a);
    }

    /**
     * Where each axis fans out. A per-PE level is replicated along every axis, a global one along none; a
     * level with an explicit count n is replicated along the axes whose sizes multiply to n (the first such
     * set in declaration order, e.g. one buffer per row of a rows x cols array: n = rows). An axis's spatial
     * loops sit below the first level not replicated along it. Null when the counts do not fit the array.
     */
    static int[] axisLevels(Accelerator a) {
        return axisLevels(a, new int[1]);
    }

    /** As {@link #axisLevels(Accelerator)}; on failure {@code failedLevel[0]} is the level that does not fit. */
    static int[] axisLevels(Accelerator a, int[] failedLevel) {
        List<org.hwnas.model.accel.ArrayAxis> axes = a.array() == null ? List.of() : a.array().axes();
        int n = axes.size();
        int[] out = new int[n];
        java.util.Arrays.fill(out, -1);
        int previous = (1 << n) - 1;
        List<MemoryLevel> ls = a.levels();
        for (int l = 0; l < ls.size(); l++) {
            int along = alongAxes(ls.get(l).sharing(), axes, a.totalPes());
            if (along < 0 || (along & ~previous) != 0) {
                failedLevel[0] = l;
                return null; // no axis set of that size, or replicated along an axis an inner level is not
            }
            for (int x = 0; x < n; x++) {
                if ((along & (1 << x)) == 0 && out[x] < 0) {
                    out[x] = l;
                }
            }
            previous = along;
        }
        for (int x = 0; x < n; x++) {
            if (out[x] < 0) {
                out[x] = ls.size() - 1; // unreachable: the outermost level is global (AcceleratorRules)
            }
        }
        return out;
    }

    /** Bit set of the axes a level is replicated along, or -1. */
    private static int alongAxes(Sharing s, List<org.hwnas.model.accel.ArrayAxis> axes, int pes) {
        int all = (1 << axes.size()) - 1;
        int count = s.instances(pes);
        if (s.kind() == Sharing.Kind.PER_PE || count == pes) {
            return all;
        }
        if (count == 1) {
            return 0;
        }
        for (int set = 1; set < all; set++) {
            long product = 1;
            for (int x = 0; x < axes.size(); x++) {
                if ((set & (1 << x)) != 0) {
                    product *= axes.get(x).size();
                }
            }
            if (product == count) {
                return set;
            }
        }
        return -1;
    }

    /** Compiles a design, or explains why the loop-nest model cannot evaluate it. */
    public static ArchSpec of(Accelerator a) throws CostException {
        String why = unsupported(a);
        if (why != null) {
            throw new CostException(why);
        }
        return new ArchSpec(a);
    }

    /** Null when the loop-nest model can evaluate the design, else the reason. */
    static String unsupported(Accelerator a) {
        if (a.kind() != AcceleratorKind.SPATIAL || a.levels().isEmpty() || a.array() == null) {
            return "accelerator '" + a.name() + "': the loopnest model needs a spatial design with a PE array and memory levels";
        }
        int[] failed = new int[1];
        if (axisLevels(a, failed) == null) {
            MemoryLevel l = a.levels().get(failed[0]);
            return "level '" + l.name() + "': " + l.sharing().instances(a.totalPes()) + " instances do not match the PE array "
                    + a.array().axes().stream().map(x -> x.name() + " " + x.size()).toList()
                    + ": an explicit count must be the size of some array axes (e.g. one buffer per row), each replicated "
                    + "along axes the levels inside it are replicated along";
        }
        return null;
    }

    static int mask(Iterable<Tensor> ts) {
        int m = 0;
        for (Tensor t : ts) {
            m |= 1 << t.ordinal();
        }
        return m;
    }

    public Accelerator accelerator() {
        return accelerator;
    }

    public int levels() {
        return levels;
    }

    /** The innermost level that is not per-PE (the only fan-out of designs without explicit counts). */
    public int fanout() {
        return fanout;
    }

    /**
     * The level before whose temporal loops axis {@code a}'s spatial loops go when a nest is built: equal
     * to {@link #fanout()} for every axis unless a level has an explicit instance count.
     */
    public int axisLevel(int a) {
        return axisLevel[a];
    }
}
