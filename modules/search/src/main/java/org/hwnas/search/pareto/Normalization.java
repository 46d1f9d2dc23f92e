package org.hwnas.search.pareto;

/**
 * Maps minimised objectives to [0, 1] per objective: {@code (v - best) / (worst - best)}, so the
 * hypervolume reference point is (1, ..., 1) and every objective weighs alike. The bounds are chosen by
 * the caller: e.g. the study's observed range, or for the NB201 benchmark accuracy 90 % .. best and
 * latency min .. max of the whole space (the "interesting region").
 */
public record Normalization(double[] best, double[] worst) {

    public Normalization {
        best = best.clone();
        worst = worst.clone();
        if (best.length != worst.length) {
            throw new IllegalArgumentException("bounds differ in length");
        }
    }

    public double[] apply(double[] minimized) {
        double[] out = new double[minimized.length];
        for (int k = 0; k < out.length; k++) {
            double span = worst[k] - best[k];
            out[k] = span > 0 ? (minimized[k] - best[k]) / span : 0;
        }
        return out;
    }

    public double[] reference() {
        double[] r = new double[best.length];
        java.util.Arrays.fill(r, 1.0);
        return r;
    }
}
