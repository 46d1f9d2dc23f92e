package org.hwnas.search.study;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.hwnas.accuracy.api.AccuracyEstimators;
import org.hwnas.accuracy.spi.AccuracyEstimator;
import org.hwnas.accuracy.spi.AccuracyMetric;
import org.hwnas.latency.api.LatencyModels;
import org.hwnas.latency.spi.LatencyModel;
import org.hwnas.model.doc.DocNode;
import org.hwnas.search.api.MeasureFactories;
import org.hwnas.search.spi.MeasureFactory;
import org.hwnas.search.spi.SearchSpace;

/**
 * Reads one measure definition: {@code {"name", "estimator", "metric"}} for accuracy,
 * {@code {"name", "latency-model", "device"}} for latency, or {@code {"name", "measure": id, ...}} for a
 * registered {@link MeasureFactory}; an optional {@code "space"} names the part of a multi-space
 * candidate it applies to. Checked against the services' offers.
 */
final class MeasureReader {
    static final String ESTIMATOR = "estimator";
    static final String LATENCY_MODEL = "latency-model";
    static final String MEASURE = "measure";
    static final String SPACE = "space";

    private MeasureReader() {
    }

    /** The measure, or null after recording problems on {@code n}. */
    static Measure read(DocNode n, String name, StudySpaces spaces, boolean objective) {
        int kinds = (n.has(ESTIMATOR) ? 1 : 0) + (n.has(LATENCY_MODEL) ? 1 : 0) + (n.has(MEASURE) ? 1 : 0);
        Set<String> allowed = new LinkedHashSet<>(List.of("name", SPACE, ESTIMATOR, LATENCY_MODEL, MEASURE));
        if (objective) {
            allowed.add("goal");
        }
        if (kinds != 1) {
            n.allowOnly(union(allowed, Set.of("metric", "device")));
            n.error(kinds > 1 ? "give one of \"estimator\", \"latency-model\" or \"measure\", not several"
                    : "needs \"estimator\" (an accuracy estimator id), \"latency-model\" (a latency model id) or \"measure\" (one of: "
                    + MeasureFactories.ids() + ")");
            return null;
        }
        int part = -1;
        if (n.has(SPACE)) {
            String s = n.string(SPACE);
            part = spaces.names().indexOf(s);
            if (part < 0) {
                if (!s.isEmpty()) {
                    n.get(SPACE).error("no space named '" + s + "' (spaces: " + String.join(", ", spaces.names()) + ")");
                }
                n.allowOnly(union(allowed, Set.of("metric", "device")));
                return null;
            }
        }
        if (!spaces.valid()) {
            MeasureFactory f = n.has(MEASURE) ? MeasureFactories.all().stream()
                    .filter(x -> x.id().equals(n.json().path(MEASURE).asText())).findFirst().orElse(null) : null;
            n.allowOnly(union(allowed, f != null ? f.fields() : Set.of("metric", "device")));
            return null; // the spaces' problem is already recorded; checks against them would only repeat it
        }
        if (n.has(MEASURE)) {
            return factory(n, name, spaces, part, allowed);
        }
        n.allowOnly(union(allowed, Set.of(n.has(ESTIMATOR) ? "metric" : "device")));
        if (part < 0) {
            List<String> handled = n.has(ESTIMATOR) ? estimatorFamilies(n) : modelFamilies(n);
            if (handled == null) {
                return null;
            }
            for (int i = 0; i < spaces.parts().size() && part < 0; i++) {
                if (handled.contains(spaces.parts().get(i).family())) {
                    part = i;
                }
            }
            if (part < 0) {
                DocNode at = n.get(n.has(ESTIMATOR) ? ESTIMATOR : LATENCY_MODEL);
                at.error(at.json().asText() + " cannot evaluate " + (spaces.joint() ? "any space of this study" : "this space")
                        + " (families: " + spaces.parts().stream().map(SearchSpace::family).collect(Collectors.joining(", "))
                        + "; it handles: " + String.join(", ", handled) + ")");
                return null;
            }
        }
        String family = spaces.parts().get(part).family();
        Measure m = n.has(ESTIMATOR) ? accuracy(n, name, family) : latency(n, name, family);
        return m == null || !spaces.joint() ? m : new PartMeasure(m, part);
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> s = new LinkedHashSet<>(a);
        s.addAll(b);
        return s;
    }

    private static Measure factory(DocNode n, String name, StudySpaces spaces, int part, Set<String> allowed) {
        MeasureFactory f;
        try {
            f = MeasureFactories.byId(n.string(MEASURE));
        } catch (IllegalArgumentException e) {
            n.get(MEASURE).error(e.getMessage());
            return null;
        }
        n.allowOnly(union(allowed, f.fields()));
        SearchSpace target = part < 0 ? spaces.space() : spaces.parts().get(part);
        Measure m;
        try {
            m = f.create(new MeasureContext(name, n, target));
        } catch (RuntimeException e) {
            n.get(MEASURE).error(f.id() + " cannot be set up: " + e.getMessage());
            return null;
        }
        return m == null || part < 0 || !spaces.joint() ? m : new PartMeasure(m, part);
    }

    private static List<String> estimatorFamilies(DocNode n) {
        try {
            return AccuracyEstimators.byId(n.string(ESTIMATOR)).families();
        } catch (IllegalArgumentException e) {
            n.get(ESTIMATOR).error(e.getMessage());
            return null;
        }
    }

    private static List<String> modelFamilies(DocNode n) {
        try {
            return LatencyModels.byId(n.string(LATENCY_MODEL)).families();
        } catch (IllegalArgumentException e) {
            n.get(LATENCY_MODEL).error(e.getMessage());
            return null;
        }
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
