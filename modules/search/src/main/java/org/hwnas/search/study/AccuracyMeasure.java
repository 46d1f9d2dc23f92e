package org.hwnas.search.study;

import com.fasterxml.jackson.databind.JsonNode;
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
        return ServiceValue.of(name, estimator.id(), metric + " value for " + candidate.text(),
                () -> estimator.estimate(candidate, metric));
    }
}
