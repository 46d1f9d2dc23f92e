package org.hwnas.accuracy.training;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.concurrent.ConcurrentHashMap;
import org.hwnas.accuracy.spi.AccuracyEstimator;
import org.hwnas.accuracy.spi.AccuracyMetric;
import org.hwnas.arch.Architecture;
import org.hwnas.arch.UnsupportedArchitectureException;
import org.hwnas.arch.nb201.Nb201Cell;
import org.openide.util.lookup.ServiceProvider;

/**
 * {@code short-training}: trains the candidate cell's MNIST-scaled NAS-Bench-201 network
 * ({@link MnistNb201}) with DJL on the shipped MNIST digits and reports the validation accuracy in
 * percent. The metric's epochs set the budget ({@code mnist/valid@1}: one epoch of 8,000 digits). This is
 * a real but cross-dataset signal: MNIST accuracy after a short run, used to rank cells whose benchmark
 * accuracy is on CIFAR. Results are remembered per (cell, metric).
 */
@ServiceProvider(service = AccuracyEstimator.class)
public final class ShortTrainingEstimator implements AccuracyEstimator {
    public static final String ID = "short-training";
    private static final List<AccuracyMetric> METRICS = List.of(
            new AccuracyMetric("mnist", "valid", 1), new AccuracyMetric("mnist", "valid", 3));

    private final TrainingOptions options;
    private final Map<String, TrainingResult> cache = new ConcurrentHashMap<>();

    public ShortTrainingEstimator() {
        this(TrainingOptions.defaults());
    }

    /** @param options everything but the epochs, which come from the metric */
    public ShortTrainingEstimator(TrainingOptions options) {
        this.options = options;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "Real short training with DJL on 8,000 MNIST digits (NB201 cell network scaled to 1x28x28, "
                + options.channels() + " channels); validation accuracy %";
    }

    @Override
    public List<AccuracyMetric> metrics() {
        return METRICS;
    }

    @Override
    public List<String> families() {
        return List.of(Nb201Cell.FAMILY);
    }

    @Override
    public OptionalDouble estimate(Architecture arch, AccuracyMetric metric) {
        return OptionalDouble.of(train(arch, metric).validationAccuracy());
    }

    /** The whole result (loss curve, wall time) behind {@link #estimate}. */
    public TrainingResult train(Architecture arch, AccuracyMetric metric) {
        if (!(arch instanceof Nb201Cell cell)) {
            throw new UnsupportedArchitectureException(ID, arch, Nb201Cell.FAMILY);
        }
        if (!METRICS.contains(metric)) {
            throw new IllegalArgumentException(ID + " has no metric '" + metric + "' (valid: mnist/valid@1, mnist/valid@3)");
        }
        return cache.computeIfAbsent(cell.text() + "@" + metric.epochs(), k -> ShortTrainer.train(
                MnistNb201.network(cell.text(), options.channels(), options.cellsPerStage()),
                options.withEpochs(metric.epochs())));
    }
}
