package org.hwnas.accuracy.check;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import org.apache.commons.math3.stat.correlation.KendallsCorrelation;
import org.apache.commons.math3.stat.correlation.SpearmansCorrelation;
import org.hwnas.accuracy.nb201.Nb201TableEstimator;
import org.hwnas.accuracy.spi.AccuracyEstimator;
import org.hwnas.accuracy.spi.AccuracyMetric;
import org.hwnas.arch.nb201.Nb201Cell;

/**
 * How far an estimator can be trusted: for N random NAS-Bench-201 cells, the rank correlation of each of
 * its metrics with the benchmark's 200-epoch CIFAR-10 test accuracy. Cells are drawn uniformly without
 * repetition from all 15,625 with a seeded RNG, so a run can be repeated exactly.
 */
public final class AccuracyCheck {
    public static final AccuracyMetric REFERENCE = new AccuracyMetric("cifar10", "test", 200);

    private AccuracyCheck() {
    }

    /** The sampled cells, distinct, in draw order. */
    public static List<Nb201Cell> sample(int n, long seed) {
        if (n < 3 || n > Nb201Cell.COUNT) {
            throw new IllegalArgumentException("sample size must be 3.." + Nb201Cell.COUNT + ", got " + n);
        }
        SplittableRandom random = new SplittableRandom(seed);
        Set<Integer> codes = new LinkedHashSet<>();
        while (codes.size() < n) {
            codes.add(random.nextInt(Nb201Cell.COUNT));
        }
        return codes.stream().map(Nb201Cell::new).toList();
    }

    /**
     * @param metrics  the estimator's metrics to check (each must be one of {@code estimator.metrics()})
     * @param progress receives one line per evaluated cell (for long runs); may ignore it
     */
    public static CheckResult run(AccuracyEstimator estimator, List<AccuracyMetric> metrics, int n, long seed,
                                  Consumer<String> progress) {
        for (AccuracyMetric m : metrics) {
            if (!estimator.metrics().contains(m)) {
                throw new IllegalArgumentException(estimator.id() + " has no metric '" + m + "' (valid: "
                        + String.join(", ", estimator.metrics().stream().map(AccuracyMetric::toString).toList()) + ")");
            }
        }
        if (!estimator.families().contains(Nb201Cell.FAMILY)) {
            throw new IllegalArgumentException(estimator.id() + " does not handle NAS-Bench-201 cells (it handles: "
                    + String.join(", ", estimator.families()) + "), so it cannot be checked against the NB201 table");
        }
        long start = System.nanoTime();
        List<Nb201Cell> cells = sample(n, seed);
        Nb201TableEstimator table = new Nb201TableEstimator();
        double[] truth = new double[n];
        double[][] values = new double[metrics.size()][n];
        double[] seconds = new double[metrics.size()];
        for (int i = 0; i < n; i++) {
            Nb201Cell cell = cells.get(i);
            truth[i] = table.estimate(cell, REFERENCE).orElseThrow();
            for (int m = 0; m < metrics.size(); m++) {
                long t0 = System.nanoTime();
                OptionalDouble v = estimator.estimate(cell, metrics.get(m));
                seconds[m] += (System.nanoTime() - t0) / 1e9;
                values[m][i] = v.isPresent() ? v.getAsDouble() : Double.NaN;
            }
            progress.accept(String.format("%d/%d %s (%.0f s)", i + 1, n, cell.text(), (System.nanoTime() - start) / 1e9));
        }
        List<MetricCorrelation> out = new ArrayList<>();
        for (int m = 0; m < metrics.size(); m++) {
            out.add(correlate(metrics.get(m), truth, values[m], seconds[m]));
        }
        return new CheckResult(estimator.id(), REFERENCE, n, seed, out, (System.nanoTime() - start) / 1e9);
    }

    /** Spearman and Kendall over the cells that have a value. */
    static MetricCorrelation correlate(AccuracyMetric metric, double[] truth, double[] values, double seconds) {
        List<double[]> pairs = new ArrayList<>();
        for (int i = 0; i < truth.length; i++) {
            if (!Double.isNaN(values[i])) {
                pairs.add(new double[] {truth[i], values[i]});
            }
        }
        int missing = truth.length - pairs.size();
        if (pairs.size() < 3) {
            return new MetricCorrelation(metric, pairs.size(), missing, Double.NaN, Double.NaN, seconds);
        }
        double[] x = pairs.stream().mapToDouble(p -> p[0]).toArray();
        double[] y = pairs.stream().mapToDouble(p -> p[1]).toArray();
        return new MetricCorrelation(metric, pairs.size(), missing, new SpearmansCorrelation().correlation(x, y),
                new KendallsCorrelation().correlation(x, y), seconds);
    }
}
