package org.hwnas.latency.learned;

import org.apache.commons.math3.linear.MatrixUtils;
import org.apache.commons.math3.linear.SingularValueDecomposition;

/**
 * The learned latency predictor: a linear model of the features (minimum-norm least squares, through
 * commons-math3's SVD pseudo-inverse: one-hot features are rank deficient) plus an MLP on what the
 * linear part leaves over. The MLP starts at zero and keeps its best validation epoch, so it only adds
 * interactions that generalise; on exactly additive devices it stays near zero.
 *
 * @param linear   weights of the features, then the intercept
 * @param residual the MLP on the linear model's residuals, in ms
 */
public record LearnedPredictor(double[] linear, MlpWeights residual) {
    public LearnedPredictor {
        linear = linear.clone();
    }

    @Override
    public double[] linear() {
        return linear.clone();
    }

    /** Fits both parts on the given rows. */
    public static LearnedPredictor fit(double[][] x, double[] latencyMs, MlpTrainer trainer, long seed) {
        if (x.length < MlpTrainer.MIN_ROWS) {
            throw new IllegalArgumentException("the learned model needs at least " + MlpTrainer.MIN_ROWS + " measured archs, got " + x.length);
        }
        for (int i = 0; i < latencyMs.length; i++) {
            if (!(latencyMs[i] > 0) || !Double.isFinite(latencyMs[i])) {
                throw new IllegalArgumentException("training row " + i + ": latency must be a finite number > 0 ms, got " + latencyMs[i]);
            }
        }
        double[][] withOne = new double[x.length][];
        for (int i = 0; i < x.length; i++) {
            withOne[i] = java.util.Arrays.copyOf(x[i], x[i].length + 1);
            withOne[i][x[i].length] = 1;
        }
        double[] w = new SingularValueDecomposition(MatrixUtils.createRealMatrix(withOne)).getSolver().getInverse().operate(latencyMs);
        double[] residual = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            residual[i] = latencyMs[i] - dot(withOne[i], w);
        }
        return new LearnedPredictor(w, trainer.train(x, residual, seed));
    }

    public double predict(double[] x) {
        if (x.length + 1 != linear.length) {
            throw new IllegalArgumentException("the learned model takes " + (linear.length - 1) + " features, got " + x.length);
        }
        double s = linear[linear.length - 1];
        for (int i = 0; i < x.length; i++) {
            s += linear[i] * x[i];
        }
        return s + residual.predict(x);
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }
}
