package org.hwnas.latency.adapt;

/** Argument checks and small vector helpers shared by the adaptation classes. */
final class Checks {
    private Checks() {
    }

    static void rows(double[][] x, double[] y, int min, String what) {
        if (x.length != y.length) {
            throw new IllegalArgumentException(what + ": " + x.length + " feature rows for " + y.length + " latencies");
        }
        if (x.length < min) {
            throw new IllegalArgumentException(what + " needs at least " + min + " samples, got " + x.length);
        }
        int d = x[0].length;
        for (int i = 0; i < x.length; i++) {
            if (x[i].length != d) {
                throw new IllegalArgumentException(what + ": row " + i + " has " + x[i].length + " features, expected " + d);
            }
            if (!Double.isFinite(y[i])) {
                throw new IllegalArgumentException(what + ": latency of sample " + i + " is not a finite number: " + y[i]);
            }
        }
    }

    static double dot(double[] a, double[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("expected " + b.length + " features, got " + a.length);
        }
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    static double norm(double[] v) {
        return Math.sqrt(dot(v, v));
    }
}
