package org.hwnas.latency.adapt;

import java.util.Arrays;
import org.apache.commons.math3.analysis.solvers.BrentSolver;
import org.apache.commons.math3.exception.MathIllegalStateException;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.QRDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.SingularMatrixException;

/**
 * Solves OneProxy's adaptation problem exactly for one penalty {@code lambda}:
 * <pre>
 *   min over a, b, c of  (1/n) * || X (w o (a + b)) + c - y ||^2  +  lambda * ||b||_2
 * </pre>
 * With {@code p = X w} and {@code Z = X diag(w)} the residual is {@code a p + Z b + c - y}, linear in
 * (a, b, c). The norm (not squared) is not smooth at {@code b = 0}, but its optimality conditions are
 * those of a ridge problem {@code ... + mu ||b||^2} with {@code lambda = 2 mu ||b(mu)||}; that function
 * of mu rises monotonically from 0 to {@code lambdaMax}, so a 1-D root (commons-math3 Brent) on
 * {@code log mu} over ridge solutions (commons-math3 QR of the augmented least-squares system) gives the
 * exact minimiser. For {@code lambda >= lambdaMax} the answer is {@code b = 0}.
 */
public final class AdaProxySolver {
    /** The ridge weights searched span this many decades either side of the data's own scale. */
    private static final double DECADES = 10;

    private final double[] w;
    private final double[][] design; // n x (d + 2): [p | Z | 1]
    private final double[] y;
    private final int n;
    private final int d;
    private final double logMuLo;
    private final double logMuHi;

    public AdaProxySolver(double[] w, double[][] x, double[] y) {
        Checks.rows(x, y, 3, "proxy adaptation");
        if (x[0].length != w.length) {
            throw new IllegalArgumentException("the proxy model has " + w.length + " weights, samples have " + x[0].length + " features");
        }
        this.w = w.clone();
        this.y = y.clone();
        this.n = x.length;
        this.d = w.length;
        this.design = new double[n][d + 2];
        for (int i = 0; i < n; i++) {
            double p = 0;
            for (int j = 0; j < d; j++) {
                design[i][1 + j] = x[i][j] * w[j];
                p += design[i][1 + j];
            }
            design[i][0] = p;
            design[i][d + 1] = 1;
        }
        double scale = 0; // largest squared column norm per sample: mu far below it is no penalty, far above forces b = 0
        for (int j = 0; j < d + 2; j++) {
            double ss = 0;
            for (double[] row : design) {
                ss += row[j] * row[j];
            }
            scale = Math.max(scale, ss / n);
        }
        this.logMuLo = Math.log(scale) - DECADES * Math.log(10);
        this.logMuHi = Math.log(scale) + DECADES * Math.log(10);
        double[] p = Arrays.stream(design).mapToDouble(r -> r[0]).toArray();
        if (Arrays.stream(p).allMatch(v -> v == p[0])) {
            throw new IllegalArgumentException("the proxy model predicts the same latency for all " + n
                    + " target samples; they cannot fix a rescale");
        }
    }

    /** The smallest penalty at which {@code b = 0} is optimal. */
    public double lambdaMax() {
        double[] ac = proxyOnly();
        double[] g = new double[d];
        for (int i = 0; i < n; i++) {
            double r = ac[0] * design[i][0] + ac[1] - y[i];
            for (int j = 0; j < d; j++) {
                g[j] += 2.0 / n * design[i][1 + j] * r;
            }
        }
        return Checks.norm(g);
    }

    public AdaProxyFit solve(double lambda) {
        if (!(lambda >= 0) || Double.isInfinite(lambda)) {
            throw new IllegalArgumentException("lambda must be a finite number >= 0, got " + lambda);
        }
        double max = lambdaMax();
        if (lambda >= max) {
            double[] ac = proxyOnly();
            return new AdaProxyFit(w, ac[0], new double[d], ac[1], lambda);
        }
        double logMu;
        if (lambda == 0 || phi(logMuLo) >= lambda) {
            logMu = logMuLo; // no penalty to speak of: the least-penalised ridge solution
        } else if (phi(logMuHi) <= lambda) {
            logMu = logMuHi;
        } else {
            try {
                logMu = new BrentSolver(1e-12, 1e-10).solve(500, t -> phi(t) - lambda, logMuLo, logMuHi);
            } catch (MathIllegalStateException e) {
                throw new IllegalStateException("proxy adaptation did not converge at lambda " + lambda + ": " + e.getMessage(), e);
            }
        }
        double[] theta = ridge(Math.exp(logMu));
        return new AdaProxyFit(w, theta[0], Arrays.copyOfRange(theta, 1, d + 1), theta[d + 1], lambda);
    }

    /** {@code 2 mu ||b(mu)||} at {@code mu = e^t}: the lambda whose solution is the ridge solution at mu. */
    private double phi(double logMu) {
        double mu = Math.exp(logMu);
        double[] theta = ridge(mu);
        return 2 * mu * Checks.norm(Arrays.copyOfRange(theta, 1, d + 1));
    }

    /** argmin (1/n)||A theta - y||^2 + mu ||b||^2, as least squares on A stacked over sqrt(n mu) I_b. */
    private double[] ridge(double mu) {
        double s = Math.sqrt(n * mu);
        double[][] aug = new double[n + d][d + 2];
        double[] rhs = new double[n + d];
        for (int i = 0; i < n; i++) {
            aug[i] = design[i].clone();
            rhs[i] = y[i];
        }
        for (int j = 0; j < d; j++) {
            aug[n + j][1 + j] = s;
        }
        return leastSquares(aug, rhs, "ridge step");
    }

    /** b = 0: least squares of y on [p, 1]. */
    private double[] proxyOnly() {
        double[][] a = new double[n][2];
        for (int i = 0; i < n; i++) {
            a[i][0] = design[i][0];
            a[i][1] = 1;
        }
        return leastSquares(a, y, "rescale of the proxy model");
    }

    private static double[] leastSquares(double[][] a, double[] rhs, String what) {
        RealMatrix m = new Array2DRowRealMatrix(a, false);
        try {
            return new QRDecomposition(m, 1e-12).getSolver().solve(new ArrayRealVector(rhs, false)).toArray();
        } catch (SingularMatrixException e) {
            throw new IllegalArgumentException("proxy adaptation: the " + what + " is singular for these samples");
        }
    }
}
