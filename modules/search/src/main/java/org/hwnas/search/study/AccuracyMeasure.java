package org.hwnas.search.study;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.OptionalDouble;
import org.hwnas.accuracy.spi.AccuracyEstimator;
import org.hwnas.accuracy.spi.AccuracyMetric;
import org.hwnas.arch.Architecture;

/** Accuracy (%) from an {@link AccuracyEstimator} for one metric. */
record AccuracyMeasure(String name, AccuracyEstimator estimator, AccuracyMetric metric, JsonNode spec) implements Measure {

    @Override
    public String serviceId() {
        return estimator.id();
    }

    @Override
    public double evaluate(Architecture candidate) throws MeasureException {
        OptionalDouble v;
        try {
            v = estimator.estimate(candidate, metric);
        } catch (RuntimeException e) {
            throw new MeasureException(name + ": " + estimator.id() + " failed: " + e.getMessage());
        }
        if (v.isEmpty()) {
            throw new MeasureException(name + ": " + estimator.id() + " has no " + metric + " value for " + candidate.text());
        }
        return v.getAsDouble();
    }
}
