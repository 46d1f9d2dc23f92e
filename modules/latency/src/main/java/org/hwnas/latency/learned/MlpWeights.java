package org.hwnas.latency.learned;

/**
 * A trained multi-layer perceptron as plain arrays: ReLU hidden layers, linear output, with the target
 * standardisation undone. Immutable and engine-free, so prediction is cheap, thread-safe and needs no
 * native library once training is done.
 *
 * @param weights per layer, {@code [out][in]}
 * @param biases  per layer, {@code [out]}
 */
public record MlpWeights(double[][][] weights, double[][] biases, double yMean, double yStd) {
    public MlpWeights {
        weights = deepCopy(weights);
        biases = biases.clone();
        for (int l = 0; l < biases.length; l++) {
            biases[l] = biases[l].clone();
        }
    }

    public int inputs() {
        return weights[0][0].length;
    }

    /** The network's output in the target's units. */
    public double predict(double[] x) {
        if (x.length != inputs()) {
            throw new IllegalArgumentException("the learned model takes " + inputs() + " features, got " + x.length);
        }
        double[] h = x;
        for (int l = 0; l < weights.length; l++) {
            double[] next = new double[weights[l].length];
            for (int o = 0; o < next.length; o++) {
                double s = biases[l][o];
                double[] row = weights[l][o];
                for (int i = 0; i < h.length; i++) {
                    s += row[i] * h[i];
                }
                next[o] = l < weights.length - 1 ? Math.max(0, s) : s;
            }
            h = next;
        }
        return h[0] * yStd + yMean;
    }

    private static double[][][] deepCopy(double[][][] w) {
        double[][][] out = new double[w.length][][];
        for (int l = 0; l < w.length; l++) {
            out[l] = new double[w[l].length][];
            for (int o = 0; o < w[l].length; o++) {
                out[l][o] = w[l][o].clone();
            }
        }
        return out;
    }
}
