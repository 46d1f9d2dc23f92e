package org.hwnas.search.study;

import java.util.OptionalDouble;
import java.util.function.Supplier;

/** Turns a service's optional answer into a measure value, or a {@link MeasureException} naming why not. */
final class ServiceValue {
    private ServiceValue() {
    }

    /**
     * @param measure   the measure's name in the study
     * @param serviceId the estimator or model that answered
     * @param missing   what was asked for, for the "has no ..." message
     */
    static double of(String measure, String serviceId, String missing, Supplier<OptionalDouble> call)
            throws MeasureException {
        OptionalDouble v;
        try {
            v = call.get();
        } catch (RuntimeException e) {
            throw new MeasureException(measure + ": " + serviceId + " failed: " + e.getMessage());
        }
        if (v.isEmpty()) {
            throw new MeasureException(measure + ": " + serviceId + " has no " + missing);
        }
        return v.getAsDouble();
    }
}
