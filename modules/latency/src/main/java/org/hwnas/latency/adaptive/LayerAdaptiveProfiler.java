package org.hwnas.latency.adaptive;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.hwnas.arch.nb201.Nb201Cell;
import org.hwnas.model.network.zoo.Nb201Op;
import org.hwnas.latency.measured.LayerTiming;
import org.hwnas.latency.measured.Profile;
import org.hwnas.latency.measured.ProfileOptions;
import org.hwnas.latency.measured.Profiler;
import org.hwnas.latency.measured.Timing;
import org.hwnas.model.network.Network;
import org.hwnas.model.network.zoo.Nb201;

/**
 * Builds a {@link LayerAdaptiveTable} by black-box profiling: the all-typical network once with its
 * per-layer profile, then the {@code 6 x 4} single-substitution networks end to end; 25 networks in all.
 * <p>Also gives the plain per-layer look-up table the correction improves on: each edge's op costed by
 * its layers' times measured alone ({@link #lutTable}). A layer run alone on its recorded input costs
 * the same whatever surrounds it, so five networks (every edge set to one op) give all 30 entries.
 */
public final class LayerAdaptiveProfiler {
    private LayerAdaptiveProfiler() {
    }

    public static LayerAdaptiveTable build(Nb201Op typical, ProfileOptions options) {
        Nb201Cell base = LayerAdaptiveTable.typicalCell(typical);
        Profile p = Profiler.profile(Nb201.network(base.text()), options.withPerLayer(true));
        double[] edges = new double[Nb201Cell.EDGES];
        double rest = 0;
        for (LayerTiming l : p.layers()) {
            int e = edgeOf(l.name());
            if (e >= 0) {
                edges[e] += l.timing().medianMs();
            } else {
                rest += l.timing().medianMs();
            }
        }
        // the typical network and the 24 substitutions, timed in interleaved rounds so their differences
        // are not swamped by the machine's drift between separate measurements
        List<Network> nets = new ArrayList<>();
        nets.add(Nb201.network(base.text()));
        for (int e = 0; e < Nb201Cell.EDGES; e++) {
            for (Nb201Op op : Nb201Op.values()) {
                if (op != typical) {
                    nets.add(Nb201.network(base.with(e, op).text()));
                }
            }
        }
        List<Timing> t = Profiler.interleaved(nets, options);
        double typicalMs = t.get(0).medianMs();
        double[][] ssbn = new double[Nb201Cell.EDGES][Nb201Op.values().length];
        int k = 1;
        for (int e = 0; e < Nb201Cell.EDGES; e++) {
            for (Nb201Op op : Nb201Op.values()) {
                ssbn[e][op.ordinal()] = op == typical ? typicalMs : t.get(k++).medianMs();
            }
        }
        // the layer shares come from the per-layer profile, scaled to the interleaved end-to-end figure
        double scale = typicalMs / p.layerSumMs();
        for (int e = 0; e < edges.length; e++) {
            edges[e] *= scale;
        }
        return new LayerAdaptiveTable(typical, typicalMs, edges, rest * scale, ssbn);
    }

    /**
     * The uncorrected table: {@code lut[e][op]} = the summed per-layer times (each layer run alone) of
     * edge {@code e}'s layers in the network where it holds {@code op}, and {@code rest} the other
     * layers' sum in the all-typical network. {@code estimate = rest + sum_e lut[e][op_e]}.
     */
    public static PlainLut lutTable(Nb201Op typical, ProfileOptions options) {
        Nb201Cell base = LayerAdaptiveTable.typicalCell(typical);
        double[][] lut = new double[Nb201Cell.EDGES][Nb201Op.values().length];
        double rest = 0;
        for (Nb201Op op : Nb201Op.values()) {
            // setting every edge to op at once profiles that op on all six edges in one network
            Profile p = Profiler.profile(Nb201.network(LayerAdaptiveTable.typicalCell(op).text()), options.withPerLayer(true));
            for (LayerTiming l : p.layers()) {
                int e = edgeOf(l.name());
                if (e >= 0) {
                    lut[e][op.ordinal()] += l.timing().medianMs();
                } else if (op == typical) {
                    rest += l.timing().medianMs();
                }
            }
        }
        return new PlainLut(lut, rest);
    }

    /** A per-layer look-up table summed without correction ({@code edgeOpMs[edge][op ordinal]}). */
    public record PlainLut(double[][] edgeOpMs, double restMs) {
        public PlainLut {
            edgeOpMs = Arrays.stream(edgeOpMs).map(double[]::clone).toArray(double[][]::new);
        }

        /** A copy: the table stays immutable. */
        @Override
        public double[][] edgeOpMs() {
            return Arrays.stream(edgeOpMs).map(double[]::clone).toArray(double[][]::new);
        }

        public double estimateMs(Nb201Cell cell) {
            double ms = restMs;
            for (int e = 0; e < Nb201Cell.EDGES; e++) {
                ms += edgeOpMs[e][cell.op(e).ordinal()];
            }
            return ms;
        }
    }

    /** The edge (0..5) a layer of an NB201 network belongs to, from its name {@code cells.k.edgeT_S.*}; -1 otherwise. */
    static int edgeOf(String layer) {
        int at = layer.indexOf(".edge");
        if (at < 0) {
            return -1;
        }
        int to = layer.charAt(at + 5) - '0';
        int from = layer.charAt(at + 7) - '0';
        for (int e = 0; e < Nb201Cell.EDGES; e++) {
            if (Nb201Cell.targetNode(e) == to && Nb201Cell.sourceNode(e) == from) {
                return e;
            }
        }
        return -1;
    }
}
