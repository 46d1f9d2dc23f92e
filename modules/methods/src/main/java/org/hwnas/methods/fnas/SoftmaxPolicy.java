package org.hwnas.methods.fnas;

import java.util.Random;

/**
 * FNAS's controller, simplified (our choice, stated in docs/methods.md): one independent softmax per
 * decision instead of the LSTM of Zoph &amp; Le / the FNAS code. A decision is one gene of the searched
 * space (network genes, then the FPGA tile genes). Mutable; used by one engine run.
 * <p>REINFORCE with a baseline: for a sampled action vector {@code a} with reward {@code R} and
 * baseline {@code b}, every decision's logits move by
 * <pre>theta_d += lr * (R - b) * (onehot(a_d) - softmax(theta_d))</pre>
 * i.e. gradient ascent on {@code (R - b) * sum_d log pi_d(a_d)} (FNAS's loss is the mean cross-entropy
 * of the sampled actions times the advantage; the 1/D factor is folded into lr).
 */
public final class SoftmaxPolicy {
    private final double[][] logits;

    public SoftmaxPolicy(int[] cardinalities) {
        logits = new double[cardinalities.length][];
        for (int d = 0; d < cardinalities.length; d++) {
            if (cardinalities[d] < 1) {
                throw new IllegalArgumentException("decision " + d + " needs at least one choice");
            }
            logits[d] = new double[cardinalities[d]]; // all zero: uniform start
        }
    }

    public int decisions() {
        return logits.length;
    }

    /** A copy of decision {@code d}'s logits. */
    public double[] logits(int d) {
        return logits[d].clone();
    }

    /** Softmax of decision {@code d} (max-shifted for stability). */
    public double[] probabilities(int d) {
        double[] z = logits[d];
        double max = Double.NEGATIVE_INFINITY;
        for (double v : z) {
            max = Math.max(max, v);
        }
        double[] p = new double[z.length];
        double sum = 0;
        for (int i = 0; i < z.length; i++) {
            p[i] = Math.exp(z[i] - max);
            sum += p[i];
        }
        for (int i = 0; i < p.length; i++) {
            p[i] /= sum;
        }
        return p;
    }

    /** One action per decision. */
    public int[] sample(Random rng) {
        int[] a = new int[logits.length];
        resample(a, 0, logits.length, rng);
        return a;
    }

    /** Re-draws decisions {@code from .. to-1} of {@code actions} in place (FNAS's hardware re-sampling). */
    public void resample(int[] actions, int from, int to, Random rng) {
        for (int d = from; d < to; d++) {
            actions[d] = draw(probabilities(d), rng.nextDouble());
        }
    }

    static int draw(double[] p, double u) {
        double acc = 0;
        for (int i = 0; i < p.length; i++) {
            acc += p[i];
            if (u < acc) {
                return i;
            }
        }
        return p.length - 1;
    }

    /** The REINFORCE step for one sampled action vector and its advantage {@code R - b}. */
    public void update(int[] actions, double advantage, double learningRate) {
        for (int d = 0; d < logits.length; d++) {
            double[] p = probabilities(d);
            for (int i = 0; i < p.length; i++) {
                logits[d][i] += learningRate * advantage * ((i == actions[d] ? 1 : 0) - p[i]);
            }
        }
    }

    /** Mean entropy per decision, in nats (log k for a uniform k-way choice). */
    public double meanEntropy() {
        double h = 0;
        for (int d = 0; d < logits.length; d++) {
            for (double p : probabilities(d)) {
                if (p > 0) {
                    h -= p * Math.log(p);
                }
            }
        }
        return logits.length == 0 ? 0 : h / logits.length;
    }
}
