package org.hwnas.latency.check;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.hwnas.latency.metrics.ErrorMetrics;

/**
 * What {@code hwnas latency-check} prints: a model's error on held-out measured cells, next to the
 * baselines that make the number meaningful.
 *
 * @param fittedOn   what the model learned from, in words
 * @param heldOut    what it is judged on, in words
 * @param predictors label &rarr; metrics, the model under test last
 */
public record CheckReport(String model, String device, String fittedOn, String heldOut, Map<String, ErrorMetrics> predictors) {
    public CheckReport {
        predictors = Collections.unmodifiableMap(new LinkedHashMap<>(predictors));
    }
}
