package org.hwnas.latency.adapt;

/**
 * An adapted proxy model (OneProxy's AdaProxy): {@code y(x) = x . (w o (a + b)) + c}, with {@code w}
 * the proxy model's weights, {@code a} a global rescale, {@code b} per-feature corrections and
 * {@code c} an offset, fitted at penalty {@code lambda}.
 */
public record AdaProxyFit(double[] w, double a, double[] b, double c, double lambda) {
    public AdaProxyFit {
        w = w.clone();
        b = b.clone();
        if (w.length != b.length) {
            throw new IllegalArgumentException("w has " + w.length + " weights, b " + b.length);
        }
    }

    @Override
    public double[] w() {
        return w.clone();
    }

    @Override
    public double[] b() {
        return b.clone();
    }

    public double predict(double[] x) {
        if (x.length != w.length) {
            throw new IllegalArgumentException("expected " + w.length + " features, got " + x.length);
        }
        double s = c;
        for (int i = 0; i < x.length; i++) {
            s += x[i] * w[i] * (a + b[i]);
        }
        return s;
    }

    public double[] predict(double[][] x) {
        double[] out = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            out[i] = predict(x[i]);
        }
        return out;
    }
}
