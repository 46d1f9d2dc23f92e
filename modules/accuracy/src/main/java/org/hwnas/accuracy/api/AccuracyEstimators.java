package org.hwnas.accuracy.api;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.hwnas.accuracy.spi.AccuracyEstimator;
import org.openide.util.Lookup;

/** Finds accuracy estimators registered in the default Lookup. */
public final class AccuracyEstimators {
    private AccuracyEstimators() {
    }

    /** All registered estimators, sorted by id. */
    public static List<AccuracyEstimator> all() {
        return Lookup.getDefault().lookupAll(AccuracyEstimator.class).stream()
                .sorted(Comparator.comparing(AccuracyEstimator::id))
                .collect(Collectors.toList());
    }

    /** The estimator with this id; an unknown id gets a message listing the valid ones. */
    public static AccuracyEstimator byId(String id) {
        return all().stream().filter(e -> e.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown accuracy estimator '" + id + "' (valid: " + ids() + ")"));
    }

    public static String ids() {
        return all().stream().map(AccuracyEstimator::id).collect(Collectors.joining(", "));
    }
}
