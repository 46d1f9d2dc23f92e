package org.hwnas.search.pareto;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Non-dominated points of a set, all objectives minimised. Equal points do not dominate each other, so
 * duplicates on the front are all kept. 2 objectives: sort and sweep, O(n log n); more: pairwise.
 */
public final class ParetoFront {
    private ParetoFront() {
    }

    /** Indices of the non-dominated points, ascending. */
    public static List<Integer> indices(List<double[]> points) {
        if (!points.isEmpty() && points.get(0).length == 2) {
            return indices2d(points);
        }
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            boolean dominated = false;
            for (int j = 0; j < points.size() && !dominated; j++) {
                dominated = j != i && dominates(points.get(j), points.get(i));
            }
            if (!dominated) {
                out.add(i);
            }
        }
        return out;
    }

    private static List<Integer> indices2d(List<double[]> points) {
        Integer[] order = new Integer[points.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.<Integer>comparingDouble(i -> points.get(i)[0]).thenComparingDouble(i -> points.get(i)[1]));
        List<Integer> out = new ArrayList<>();
        double bestY = Double.POSITIVE_INFINITY;
        double[] last = null;
        for (int i : order) {
            double[] p = points.get(i);
            if (p[1] < bestY || (last != null && p[0] == last[0] && p[1] == last[1])) {
                out.add(i);
                bestY = Math.min(bestY, p[1]);
                last = p;
            }
        }
        out.sort(null);
        return out;
    }

    /** a is no worse everywhere and better somewhere. */
    public static boolean dominates(double[] a, double[] b) {
        boolean better = false;
        for (int k = 0; k < a.length; k++) {
            if (a[k] > b[k]) {
                return false;
            }
            better |= a[k] < b[k];
        }
        return better;
    }
}
