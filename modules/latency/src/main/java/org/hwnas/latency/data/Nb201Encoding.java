package org.hwnas.latency.data;

import org.hwnas.arch.nb201.Nb201Cell;
import org.hwnas.model.network.zoo.Nb201Op;

/**
 * Feature vectors of NB201 cells for the fitted latency models.
 * <ul>
 * <li>{@link #oneHot}: OneProxy's encoding, 6 edges &times; 5 ops plus a constant 1 (31 values);</li>
 * <li>{@link #liveOneHot}: the same 30 one-hot values but only for <em>live</em> edges (on a path from
 *     the input to the output without {@code none}); dead edges read as {@code none}. Runtimes that
 *     prune dead code (TFLite on raspi4 and pixel3) only pay for live edges.</li>
 * </ul>
 */
public final class Nb201Encoding {
    public static final int OPS = 5;
    public static final int ONE_HOT = Nb201Cell.EDGES * OPS + 1;

    private Nb201Encoding() {
    }

    /** Edge-major one-hot ({@code [e*5 + op]}) and a trailing constant 1. */
    public static double[] oneHot(Nb201Cell cell) {
        double[] x = new double[ONE_HOT];
        for (int e = 0; e < Nb201Cell.EDGES; e++) {
            x[e * OPS + cell.op(e).ordinal()] = 1;
        }
        x[ONE_HOT - 1] = 1;
        return x;
    }

    /** 30 one-hot values of the live edges (dead edges count as {@code none}). */
    public static double[] liveOneHot(Nb201Cell cell) {
        boolean[] live = liveEdges(cell);
        double[] x = new double[Nb201Cell.EDGES * OPS];
        for (int e = 0; e < Nb201Cell.EDGES; e++) {
            x[e * OPS + (live[e] ? cell.op(e) : Nb201Op.NONE).ordinal()] = 1;
        }
        return x;
    }

    /** Raw one-hot, live one-hot: 60 values, the input of the learned model. */
    public static double[] rawAndLive(Nb201Cell cell) {
        double[] raw = oneHot(cell);
        double[] live = liveOneHot(cell);
        double[] x = new double[60];
        System.arraycopy(raw, 0, x, 0, 30);
        System.arraycopy(live, 0, x, 30, 30);
        return x;
    }

    /** Edges whose source is reached from the input and whose target reaches the output, both through non-none edges. */
    public static boolean[] liveEdges(Nb201Cell cell) {
        boolean[] reached = new boolean[4];
        reached[0] = true;
        for (int e = 0; e < Nb201Cell.EDGES; e++) { // edges are in topological order of their targets
            if (cell.op(e) != Nb201Op.NONE && reached[Nb201Cell.sourceNode(e)]) {
                reached[Nb201Cell.targetNode(e)] = true;
            }
        }
        boolean[] reaches = new boolean[4];
        reaches[3] = true;
        for (int e = Nb201Cell.EDGES - 1; e >= 0; e--) {
            if (cell.op(e) != Nb201Op.NONE && reaches[Nb201Cell.targetNode(e)]) {
                reaches[Nb201Cell.sourceNode(e)] = true;
            }
        }
        boolean[] live = new boolean[Nb201Cell.EDGES];
        for (int e = 0; e < Nb201Cell.EDGES; e++) {
            live[e] = cell.op(e) != Nb201Op.NONE && reached[Nb201Cell.sourceNode(e)] && reaches[Nb201Cell.targetNode(e)];
        }
        return live;
    }

    /** One row per cell. */
    public static double[][] matrix(LatencyDataset data, int[] rows, java.util.function.Function<Nb201Cell, double[]> encoding) {
        double[][] x = new double[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            x[i] = encoding.apply(data.cell(rows[i]));
        }
        return x;
    }
}
