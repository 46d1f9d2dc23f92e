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
        for (MemoryLevel l : a.levels()) {
            if (l.sharing().kind() == Sharing.Kind.COUNT && l.sharing().count() != 1) {
                return "level '" + l.name() + "': explicit instance counts (" + l.sharing().count()
                        + ") are not modelled by loopnest yet; use per-pe or global";
            }
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

    public int fanout() {
        return fanout;
    }
}
