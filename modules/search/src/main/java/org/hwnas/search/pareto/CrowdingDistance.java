package org.hwnas.search.pareto;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.hwnas.search.api.Fitness;

/**
 * NSGA-II crowding distance within one front: per objective, the normalised gap between a point's two
 * neighbours, summed; the extremes get infinity so they are always kept.
 */
public final class CrowdingDistance {
    private CrowdingDistance() {
    }

    public static double[] of(List<Fitness> front) {
        int n = front.size();
        double[] d = new double[n];
        if (n == 0) {
            return d;
        }
        if (n <= 2) {
            Arrays.fill(d, Double.POSITIVE_INFINITY);
            return d;
        }
        int m = front.get(0).dimensions();
        Integer[] order = new Integer[n];
        for (int k = 0; k < m; k++) {
            final int obj = k;
            for (int i = 0; i < n; i++) {
                order[i] = i;
            }
            Arrays.sort(order, Comparator.comparingDouble(i -> front.get(i).get(obj)));
            double lo = front.get(order[0]).get(obj);
            double hi = front.get(order[n - 1]).get(obj);
            d[order[0]] = Double.POSITIVE_INFINITY;
            d[order[n - 1]] = Double.POSITIVE_INFINITY;
            if (hi - lo <= 0 || !Double.isFinite(hi - lo)) {
                continue;
            }
            for (int i = 1; i < n - 1; i++) {
                d[order[i]] += (front.get(order[i + 1]).get(obj) - front.get(order[i - 1]).get(obj)) / (hi - lo);
            }
        }
        return d;
    }
}
