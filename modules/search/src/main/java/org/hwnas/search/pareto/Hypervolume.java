package org.hwnas.search.pareto;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Exact hypervolume for 1, 2 and 3 minimised objectives: the volume dominated by the points and
 * bounded by the reference point. Points not strictly better than the reference in every objective add
 * nothing. Normalise first (see {@link Normalization}) so that objectives in ms and % weigh alike.
 */
public final class Hypervolume {
    private Hypervolume() {
    }

    public static double of(List<double[]> points, double[] ref) {
        List<double[]> in = new ArrayList<>();
        for (double[] p : points) {
            if (p.length != ref.length) {
                throw new IllegalArgumentException("point has " + p.length + " objectives, reference " + ref.length);
            }
            boolean inside = true;
            for (int k = 0; k < p.length; k++) {
                inside &= p[k] < ref[k];
            }
            if (inside) {
                in.add(p);
            }
        }
        return switch (ref.length) {
            case 1 -> in.stream().mapToDouble(p -> ref[0] - p[0]).max().orElse(0);
            case 2 -> area(in, ref[0], ref[1]);
            case 3 -> volume(in, ref);
            default -> throw new IllegalArgumentException("exact hypervolume is available for 1 to 3 objectives, not " + ref.length);
        };
    }

    /** Sweep in x; each point adds the strip between its y and the best y so far. */
    private static double area(List<double[]> pts, double rx, double ry) {
        double[][] p = pts.toArray(new double[0][]);
        Arrays.sort(p, Comparator.<double[]>comparingDouble(a -> a[0]).thenComparingDouble(a -> a[1]));
        double hv = 0;
        double bestY = ry;
        for (double[] q : p) {
            if (q[1] < bestY) {
                hv += (rx - q[0]) * (bestY - q[1]);
                bestY = q[1];
            }
        }
        return hv;
    }

    /** Slice along z: between consecutive z values the section is the 2-D area of the points below. */
    private static double volume(List<double[]> pts, double[] ref) {
        double[][] p = pts.toArray(new double[0][]);
        Arrays.sort(p, Comparator.comparingDouble(a -> a[2]));
        double hv = 0;
        List<double[]> below = new ArrayList<>();
        for (int i = 0; i < p.length; i++) {
            below.add(p[i]);
            double zNext = i + 1 < p.length ? p[i + 1][2] : ref[2];
            if (zNext > p[i][2]) {
                hv += area(below, ref[0], ref[1]) * (zNext - p[i][2]);
            }
        }
        return hv;
    }
}
