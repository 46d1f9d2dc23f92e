package org.hwnas.naas;

/**
 * NAAS's importance-vector encoding: a real vector over loop dimensions read as an order (sort
 * descending: the most important dimension comes first, i.e. is the innermost loop, the one with the best
 * locality) or as a choice (argmax, optionally excluding dimensions already taken). Any real vector
 * decodes to a valid permutation or index, so a continuous optimizer (CMA-ES) can search orders and
 * parallel dimensions. Ties go to the lower index, so decoding is deterministic.
 */
public final class ImportanceVector {

    private ImportanceVector() {
    }

    /** Indices {@code 0..len-1} of {@code v[from..from+len)} in descending importance. */
    public static int[] order(double[] v, int from, int len) {
        int[] idx = new int[len];
        for (int i = 0; i < len; i++) {
            idx[i] = i;
        }
        // insertion sort: len <= 8, stable, allocation beyond idx not needed
        for (int i = 1; i < len; i++) {
            int cur = idx[i];
            double cv = v[from + cur];
            int j = i - 1;
            while (j >= 0 && v[from + idx[j]] < cv) {
                idx[j + 1] = idx[j];
                j--;
            }
            idx[j + 1] = cur;
        }
        return idx;
    }

    /** The whole vector as an order. */
    public static int[] order(double[] v) {
        return order(v, 0, v.length);
    }

    /** Index of the largest of {@code v[from..from+len)} not excluded; -1 when every index is excluded. */
    public static int argmax(double[] v, int from, int len, boolean[] excluded) {
        int best = -1;
        for (int i = 0; i < len; i++) {
            if (excluded != null && excluded[i]) {
                continue;
            }
            if (best < 0 || v[from + i] > v[from + best]) {
                best = i;
            }
        }
        return best;
    }

    /**
     * A vector that decodes to {@code order} (first element most important): the inverse of
     * {@link #order}, used to start a search at a known order.
     */
    public static double[] encode(int[] order) {
        double[] v = new double[order.length];
        for (int rank = 0; rank < order.length; rank++) {
            v[order[rank]] = 1.0 - (rank + 0.5) / order.length;
        }
        return v;
    }
}
