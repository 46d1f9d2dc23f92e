package org.hwnas.search.bench;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hwnas.search.pareto.Hypervolume;
import org.hwnas.search.pareto.ParetoFront;

/**
 * How close a set of evaluated candidates comes to the true front of an {@link Nb201Landscape}.
 * <ul>
 *   <li><b>HV90</b>: hypervolume of the found front divided by the true front's, with accuracy normalised
 *       to [90 %, best] and latency to [min, max] over the space, reference point (90 %, max latency).
 *       Min-max normalising accuracy over the whole space would make every search look perfect.</li>
 *   <li><b>recall</b>: share of the true Pareto-optimal candidates that were evaluated.</li>
 *   <li><b>IGD</b>: mean distance from each true-front point to the nearest found-front point, both
 *       objectives min-max normalised over the whole space.</li>
 * </ul>
 */
final class FrontQuality {
    private static final double FLOOR = 90.0;
    private final Nb201Landscape land;
    private final Set<Integer> trueFront;
    private final double trueHv;

    FrontQuality(Nb201Landscape land) {
        this.land = land;
        this.trueFront = new HashSet<>(land.front);
        this.trueHv = hv90(land.front);
    }

    double hv90(List<Integer> evaluated) {
        List<double[]> pts = new ArrayList<>();
        for (int code : evaluated) {
            pts.add(new double[] {
                (land.bestAccuracy - land.accuracy[code]) / (land.bestAccuracy - FLOOR),
                (land.latency[code] - land.minLatency) / (land.maxLatency - land.minLatency)});
        }
        return Hypervolume.of(pts, new double[] {1, 1});
    }

    double hv90Ratio(List<Integer> evaluated) {
        return hv90(evaluated) / trueHv;
    }

    double recall(List<Integer> evaluated) {
        Set<Integer> hit = new HashSet<>(evaluated);
        hit.retainAll(trueFront);
        return hit.size() / (double) trueFront.size();
    }

    double igd(List<Integer> evaluated) {
        List<double[]> found = new ArrayList<>();
        for (int code : evaluated) {
            found.add(new double[] {-land.accuracy[code], land.latency[code]});
        }
        List<double[]> approx = new ArrayList<>();
        for (int i : ParetoFront.indices(found)) {
            approx.add(norm(evaluated.get(i)));
        }
        double sum = 0;
        for (int code : land.front) {
            double[] p = norm(code);
            double best = Double.POSITIVE_INFINITY;
            for (double[] q : approx) {
                best = Math.min(best, Math.hypot(p[0] - q[0], p[1] - q[1]));
            }
            sum += best;
        }
        return sum / land.front.size();
    }

    private double[] norm(int code) {
        return new double[] {
            (land.bestAccuracy - land.accuracy[code]) / (land.bestAccuracy - land.worstAccuracy),
            (land.latency[code] - land.minLatency) / (land.maxLatency - land.minLatency)};
    }
}
