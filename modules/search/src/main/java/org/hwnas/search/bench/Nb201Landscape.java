package org.hwnas.search.bench;

import java.util.ArrayList;
import java.util.List;
import org.hwnas.accuracy.api.AccuracyEstimators;
import org.hwnas.accuracy.spi.AccuracyEstimator;
import org.hwnas.accuracy.spi.AccuracyMetric;
import org.hwnas.arch.nb201.Nb201Cell;
import org.hwnas.arch.nb201.Nb201Isomorphism;
import org.hwnas.latency.api.LatencyModels;
import org.hwnas.latency.spi.LatencyModel;
import org.hwnas.search.pareto.ParetoFront;

/**
 * The whole NB201 objective space for one device, enumerated: CIFAR-10 200-epoch test accuracy and the
 * device latency of every candidate (isomorphism class), and the true Pareto front.
 */
final class Nb201Landscape {
    final String device;
    final double[] accuracy = new double[Nb201Cell.COUNT];
    final double[] latency = new double[Nb201Cell.COUNT];
    /** Canonical codes of all candidates. */
    final List<Integer> candidates = new ArrayList<>();
    /** Canonical codes of the Pareto-optimal candidates. */
    final List<Integer> front = new ArrayList<>();
    final double bestAccuracy;
    final double worstAccuracy;
    final double minLatency;
    final double maxLatency;

    Nb201Landscape(String device) {
        this.device = device;
        AccuracyEstimator acc = AccuracyEstimators.byId("nb201-table");
        LatencyModel lat = LatencyModels.byId("hwnasbench-table");
        AccuracyMetric metric = AccuracyMetric.parse("cifar10/test@200");
        double best = Double.NEGATIVE_INFINITY;
        double worst = Double.POSITIVE_INFINITY;
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        List<double[]> pts = new ArrayList<>();
        for (int code = 0; code < Nb201Cell.COUNT; code++) {
            Nb201Cell c = new Nb201Cell(code);
            if (!Nb201Isomorphism.isCanonical(c)) {
                continue;
            }
            accuracy[code] = acc.estimate(c, metric).orElseThrow();
            latency[code] = lat.latencyMs(c, device).orElseThrow(
                    () -> new IllegalArgumentException(device + " lacks latencies for some cells; the benchmark needs a full device"));
            candidates.add(code);
            pts.add(new double[] {-accuracy[code], latency[code]});
            best = Math.max(best, accuracy[code]);
            worst = Math.min(worst, accuracy[code]);
            lo = Math.min(lo, latency[code]);
            hi = Math.max(hi, latency[code]);
        }
        for (int i : ParetoFront.indices(pts)) {
            front.add(candidates.get(i));
        }
        bestAccuracy = best;
        worstAccuracy = worst;
        minLatency = lo;
        maxLatency = hi;
    }
}
