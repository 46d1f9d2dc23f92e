package org.hwnas.search.study;

import java.util.stream.Collectors;
import org.hwnas.accuracy.api.AccuracyEstimators;
import org.hwnas.accuracy.spi.AccuracyEstimator;
import org.hwnas.accuracy.spi.AccuracyMetric;
import org.hwnas.latency.api.LatencyModels;
import org.hwnas.latency.spi.LatencyModel;
import org.hwnas.model.doc.DocNode;

/**
 * Reads one measure definition: {@code {"name", "estimator", "metric"}} for accuracy or
 * {@code {"name", "latency-model", "device"}} for latency, checked against the services' offers.
 */
final class MeasureReader {
    static final String ESTIMATOR = "estimator";
    static final String LATENCY_MODEL = "latency-model";

    private MeasureReader() {
    }

    /** The measure, or null after recording problems on {@code n}. */
    static Measure read(DocNode n, String name, String family) {
        boolean acc = n.has(ESTIMATOR);
        boolean lat = n.has(LATENCY_MODEL);
        if (acc == lat) {
            n.error(acc ? "give either \"estimator\" or \"latency-model\", not both"
                    : "needs \"estimator\" (an accuracy estimator id) or \"latency-model\" (a latency model id)");
            return null;
        }
        return acc ? accuracy(n, name, family) : latency(n, name, family);
    }

    private static Measure accuracy(DocNode n, String name, String family) {
        AccuracyEstimator est;
        try {
            est = AccuracyEstimators.byId(n.string(ESTIMATOR));
        } catch (IllegalArgumentException e) {
            n.get(ESTIMATOR).error(e.getMessage());
            return null;
        }
        if (!est.families().contains(family)) {
            n.get(ESTIMATOR).error(est.id() + " cannot evaluate '" + family + "' candidates (it handles: " + String.join(", ", est.families()) + ")");
            return null;
        }
        AccuracyMetric metric = est.metrics().get(0);
        if (n.has("metric")) {
            String valid = est.metrics().stream().map(AccuracyMetric::toString).collect(Collectors.joining(", "));
            try {
                metric = AccuracyMetric.parse(n.string("metric"));
            } catch (IllegalArgumentException e) {
                n.get("metric").error(e.getMessage() + " (valid: " + valid + ")");
                return null;
            }
            if (!est.metrics().contains(metric)) {
                n.get("metric").error(est.id() + " has no metric '" + metric + "' (valid: " + valid + ")");
                return null;
            }
        }
        return new AccuracyMeasure(name, est, metric, n.json());
    }

    private static Measure latency(DocNode n, String name, String family) {
        LatencyModel model;
        try {
            model = LatencyModels.byId(n.string(LATENCY_MODEL));
        } catch (IllegalArgumentException e) {
            n.get(LATENCY_MODEL).error(e.getMessage());
            return null;
        }
        if (!model.families().contains(family)) {
            n.get(LATENCY_MODEL).error(model.id() + " cannot evaluate '" + family + "' candidates (it handles: " + String.join(", ", model.families()) + ")");
            return null;
        }
        String device = n.string("device");
        if (device.isEmpty()) {
            return null;
        }
        if (!model.devices().contains(device)) {
            n.get("device").error(model.id() + " has no device '" + device + "' (valid: " + String.join(", ", model.devices()) + ")");
            return null;
        }
        return new LatencyMeasure(name, model, device, n.json());
    }
}
