package org.hwnas.cost.loopnest;

/**
 * Reusable scratch that {@link LoopNestEvaluator} fills: per level x tensor counts (per instance) and the
 * totals. One instance per thread; nothing is allocated per evaluation.
 */
public final class LoopNestResult {
    static final int T = 3;
    final long[][] tile;
    final long[][] partition;
    final long[][] reads;
    final long[][] fills;
    final long[][] updates;
    final double[][] energy;
    final double[] leak;
    final double[] slowdown;
    final int[] utilizedInstances;
    final int[] kept;
    long macs;
    long computeCycles;
    long cycles;
    int utilizedPes;
    double macEnergy;
    double energyPj;
    /** -1 when every tile fits, else the first level over capacity. */
    int overCapacityLevel = -1;
    long overCapacityWords;

    public LoopNestResult(int levels) {
        tile = new long[levels][T];
        partition = new long[levels][T];
        reads = new long[levels][T];
        fills = new long[levels][T];
        updates = new long[levels][T];
        energy = new double[levels][T];
        leak = new double[levels];
        slowdown = new double[levels];
        utilizedInstances = new int[levels];
        kept = new int[levels];
    }

    public boolean fits() {
        return overCapacityLevel < 0;
    }

    public long cycles() {
        return cycles;
    }

    public double energyPj() {
        return energyPj;
    }

    /** Energy-delay product in J x cycles. */
    public double edp() {
        return energyPj * 1e-12 * cycles;
    }
}
