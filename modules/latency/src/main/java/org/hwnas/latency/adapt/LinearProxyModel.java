package org.hwnas.latency.adapt;

import org.apache.commons.math3.linear.MatrixUtils;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.SingularValueDecomposition;

/**
 * OneProxy's linear proxy latency model: {@code w = pinv(X) * y_proxy}, the minimum-norm least-squares
 * weights of the one-hot encoding (which is rank deficient: each edge's five indicators sum to 1).
 */
public record LinearProxyModel(double[] w) {
    public LinearProxyModel {
        w = w.clone();
    }

    @Override
    public double[] w() {
        return w.clone();
    }

    public static LinearProxyModel fit(double[][] x, double[] yProxy) {
        Checks.rows(x, yProxy, 2, "the proxy model");
        RealMatrix pinv = new SingularValueDecomposition(MatrixUtils.createRealMatrix(x)).getSolver().getInverse();
        return new LinearProxyModel(pinv.operate(yProxy));
    }

    public double predict(double[] x) {
        return Checks.dot(x, w);
    }

    public double[] predict(double[][] x) {
        double[] out = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            out[i] = predict(x[i]);
        }
        return out;
    }
}
