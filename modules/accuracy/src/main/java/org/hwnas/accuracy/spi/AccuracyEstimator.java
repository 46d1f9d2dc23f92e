package org.hwnas.accuracy.spi;

import java.util.List;
import java.util.OptionalDouble;
import org.hwnas.arch.Architecture;

/**
 * Estimates the top-1 accuracy of a candidate architecture. Implementations register with
 * {@code @ServiceProvider(service = AccuracyEstimator.class)} and are found by
 * {@code Lookup.getDefault().lookupAll(AccuracyEstimator.class)} (see {@code AccuracyEstimators}).
 * <p>Contract: {@link #estimate} is thread-safe and may be called from many search workers at once;
 * slow set-up (loading tables) happens lazily on first use.
 */
public interface AccuracyEstimator {

    /** Stable id used in documents, e.g. {@code nb201-table}. */
    String id();

    /** One line for listings. */
    String description();

    /** The metrics offered; the first is the default. */
    List<AccuracyMetric> metrics();

    /** Architecture families handled (e.g. {@code nb201}). */
    List<String> families();

    /**
     * Accuracy in percent; empty when this estimator has no value for this architecture and metric.
     *
     * @throws org.hwnas.arch.UnsupportedArchitectureException for a family not in {@link #families()}
     * @throws IllegalArgumentException for a metric not in {@link #metrics()} (the message lists them)
     */
    OptionalDouble estimate(Architecture arch, AccuracyMetric metric);
}
