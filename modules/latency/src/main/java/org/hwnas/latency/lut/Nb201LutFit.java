package org.hwnas.latency.lut;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.commons.math3.linear.SingularMatrixException;
import org.apache.commons.math3.stat.regression.OLSMultipleLinearRegression;
import org.hwnas.arch.nb201.Nb201Cell;
import org.hwnas.model.network.zoo.Nb201Op;
import org.hwnas.latency.data.LatencyDataset;

/**
 * Derives NB201 per-op LUT entries from whole-network latencies: each network is modelled as
 * {@code skeleton + sum over its six edges of cost(op)}, fitted by ordinary least squares on the
 * op counts. {@code none} is the reference (0 ms): its cost and the skeleton's cannot be told apart,
 * because every cell has exactly six edges; so the other entries are costs relative to {@code none}.
 * The skeleton is kept {@code >= 0} (raspi4 and pixel3, whose runtimes prune dead edges, would
 * otherwise fit a negative one and predict negative latencies for nearly empty cells).
 */
public final class Nb201LutFit {
    /** Skeleton + four op costs: five unknowns, and at least one row more. */
    public static final int MIN_ROWS = 6;
    private static final Nb201Op[] FITTED = {Nb201Op.SKIP_CONNECT, Nb201Op.NOR_CONV_1X1, Nb201Op.NOR_CONV_3X3, Nb201Op.AVG_POOL_3X3};

    private Nb201LutFit() {
    }

    /** The device's LUT entries fitted on the given rows. */
    public static Map<LutKey, Double> fit(LatencyDataset data, String device, int[] rows) {
        if (rows.length < MIN_ROWS) {
            throw new IllegalArgumentException("deriving NB201 op costs needs at least " + MIN_ROWS + " measured networks, got " + rows.length);
        }
        double[] y = data.values(device, rows);
        double[][] x = new double[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            x[i] = counts(data.cell(rows[i]));
        }
        double[] beta = ols(y, x, true, device);
        if (beta[0] < 0) {
            // a negative fixed part would make small cells negative; with one bound, the constrained
            // least-squares optimum sits on it: refit with the skeleton at 0
            double[] slopes = ols(y, x, false, device);
            beta = new double[FITTED.length + 1];
            System.arraycopy(slopes, 0, beta, 1, FITTED.length);
        }
        Map<LutKey, Double> out = new LinkedHashMap<>();
        out.put(Nb201LutKeys.SKELETON, beta[0]);
        out.put(Nb201LutKeys.op(Nb201Op.NONE), 0.0);
        for (int k = 0; k < FITTED.length; k++) {
            out.put(Nb201LutKeys.op(FITTED[k]), beta[k + 1]);
        }
        return out;
    }

    private static double[] ols(double[] y, double[][] x, boolean intercept, String device) {
        OLSMultipleLinearRegression ols = new OLSMultipleLinearRegression();
        ols.setNoIntercept(!intercept);
        ols.newSampleData(y, x);
        try {
            return ols.estimateRegressionParameters();
        } catch (SingularMatrixException e) {
            throw new IllegalArgumentException("the " + y.length + " networks on " + device
                    + " do not vary every op independently; cannot derive per-op costs from them");
        }
    }

    /** How many edges of the cell hold each fitted op. */
    static double[] counts(Nb201Cell cell) {
        double[] c = new double[FITTED.length];
        for (Nb201Op op : cell.ops()) {
            if (op != Nb201Op.NONE) {
                c[op.ordinal() - 1]++;
            }
        }
        return c;
    }
}
