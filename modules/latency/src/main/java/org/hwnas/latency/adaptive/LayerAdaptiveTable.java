package org.hwnas.latency.adaptive;

import java.util.Arrays;
import org.hwnas.arch.nb201.Nb201Cell;
import org.hwnas.model.network.zoo.Nb201Op;

/**
 * The layer-adaptive latency table of Zeng et al. (METHODS.md section 1) for the NAS-Bench-201 space.
 * Its "layers" are the six cell edges (each edge's op is repeated in all 15 cells, so swapping it is a
 * single substitution of the searched choice); its "blocks" are the five ops.
 * <pre>
 * lat[i][j] = latTypicalLayer[i] + (Lat(SSBN(i, j)) - Lat(SSBN(i, typical)))
 * estimate(cell) = rest + sum_i lat[i][op_i]
 * </pre>
 * {@code Lat(SSBN(i, j))} is the measured end-to-end latency of the all-typical network with only edge
 * {@code i} set to op {@code j}; {@code latTypicalLayer[i]} is edge i's share of the all-typical
 * network's end-to-end latency and {@code rest} the share of everything else (stem, node sums,
 * reductions, head), both from its per-layer profile rescaled to sum to its end-to-end latency. With
 * that rescaling the table reproduces every profiled network exactly.
 *
 * @param typical         the op every edge holds in the base network
 * @param typicalMs       {@code Lat(all typical)}, end to end
 * @param typicalLayerMs  per edge, its share of {@code typicalMs}
 * @param restMs          the share of the layers outside the edges
 * @param ssbnMs          {@code [edge][op ordinal]}: end-to-end latency of each single substitution
 *                        ({@code typicalMs} where the op is the typical one)
 */
public record LayerAdaptiveTable(Nb201Op typical, double typicalMs, double[] typicalLayerMs, double restMs,
                                 double[][] ssbnMs) {

    public LayerAdaptiveTable {
        typicalLayerMs = typicalLayerMs.clone();
        double[][] copy = new double[Nb201Cell.EDGES][];
        for (int i = 0; i < Nb201Cell.EDGES; i++) {
            copy[i] = ssbnMs[i].clone();
        }
        ssbnMs = copy;
    }

    /** A copy: the table stays immutable. */
    @Override
    public double[] typicalLayerMs() {
        return typicalLayerMs.clone();
    }

    /** A copy: the table stays immutable. */
    @Override
    public double[][] ssbnMs() {
        double[][] copy = new double[ssbnMs.length][];
        for (int i = 0; i < ssbnMs.length; i++) {
            copy[i] = ssbnMs[i].clone();
        }
        return copy;
    }

    /** {@code lat[i][j]}: the corrected latency of op {@code j} on edge {@code i}. */
    public double layerMs(int edge, Nb201Op op) {
        return typicalLayerMs[edge] + (ssbnMs[edge][op.ordinal()] - ssbnMs[edge][typical.ordinal()]);
    }

    /** Predicted end-to-end latency of any cell: {@code rest + sum_i lat[i][op_i]}. */
    public double estimateMs(Nb201Cell cell) {
        double ms = restMs;
        for (int e = 0; e < Nb201Cell.EDGES; e++) {
            ms += layerMs(e, cell.op(e));
        }
        return ms;
    }

    /** The all-typical cell the table is built around. */
    public Nb201Cell typicalCell() {
        return typicalCell(typical);
    }

    static Nb201Cell typicalCell(Nb201Op op) {
        Nb201Op[] ops = new Nb201Op[Nb201Cell.EDGES];
        Arrays.fill(ops, op);
        return Nb201Cell.of(ops);
    }
}
