package org.hwnas.accuracy.zerocost;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.DataType;
import java.util.Collection;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.LUDecomposition;

/**
 * NASWOT (Mellor et al. 2021): each input of the mini-batch gets a binary code, one bit per ReLU unit
 * (is its input positive?); the kernel {@code K[i][j]} counts the units where inputs i and j agree
 * ({@code N_units - Hamming distance}), and the score is {@code log |det K|}. Networks that tell the
 * inputs apart at initialisation have codes far apart, a well-conditioned kernel and a higher score.
 */
final class Naswot {
    private Naswot() {
    }

    /**
     * The activation-pattern kernel, accumulated over the ReLU inputs one layer at a time (the codes of
     * the whole network would not fit in memory at once).
     *
     * @param reluInputs the tensors the ReLU layers read, each {@code N x ...}
     */
    static double[][] kernel(Collection<NDArray> reluInputs) {
        double[][] k = null;
        for (NDArray x : reluInputs) {
            long n = x.getShape().get(0);
            NDArray c = x.gt(0).toType(DataType.FLOAT32, false).reshape(n, -1);
            NDArray notC = c.neg().add(1);
            // agreements: both active (c c^T) plus both inactive ((1-c)(1-c)^T)
            NDArray agree = c.matMul(c.transpose()).add(notC.matMul(notC.transpose()));
            float[] v = agree.toFloatArray();
            if (k == null) {
                k = new double[(int) n][(int) n];
            }
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    k[i][j] += v[(int) (i * n + j)];
                }
            }
        }
        if (k == null) {
            throw new IllegalArgumentException("NASWOT needs at least one ReLU layer; this network has none");
        }
        return k;
    }

    /** {@code log |det K|}; minus infinity when two inputs have identical codes (K singular). */
    static double logDet(double[][] k) {
        LUDecomposition lu = new LUDecomposition(new Array2DRowRealMatrix(k, true), 0);
        if (!lu.getSolver().isNonSingular()) {
            return Double.NEGATIVE_INFINITY;
        }
        double[][] u = lu.getU().getData();
        double sum = 0;
        for (int i = 0; i < u.length; i++) {
            double d = Math.abs(u[i][i]);
            if (d == 0) {
                return Double.NEGATIVE_INFINITY;
            }
            sum += Math.log(d);
        }
        return sum;
    }
}
