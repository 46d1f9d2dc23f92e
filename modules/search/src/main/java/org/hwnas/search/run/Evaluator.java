package org.hwnas.search.run;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hwnas.arch.Architecture;
import org.hwnas.search.api.Trial;
import org.hwnas.search.api.TrialStatus;
import org.hwnas.search.study.Measure;
import org.hwnas.search.study.MeasureException;

/**
 * Evaluates every measure of a candidate. Never throws: a failing measure (or an unexpected exception
 * from a service) makes a FAILED trial carrying the reason, and the study goes on. Thread-safe.
 */
public final class Evaluator {
    private final List<Measure> measures;
    private final FitnessFunction fitness;

    public Evaluator(List<Measure> measures, FitnessFunction fitness) {
        this.measures = List.copyOf(measures);
        this.fitness = fitness;
    }

    public Trial evaluate(Architecture a, int number, int batch, int batchSize) {
        long t0 = System.nanoTime();
        Map<String, Double> values = new LinkedHashMap<>();
        TrialStatus status = TrialStatus.OK;
        String error = null;
        for (Measure m : measures) {
            try {
                values.put(m.name(), m.evaluate(a));
            } catch (MeasureException e) {
                status = TrialStatus.FAILED;
                error = e.getMessage();
                break;
            } catch (RuntimeException e) {
                status = TrialStatus.FAILED;
                error = m.name() + ": " + m.serviceId() + " failed: " + e;
                break;
            }
        }
        double ms = (System.nanoTime() - t0) / 1e6;
        return new Trial(number, batch, batchSize, a, status, values, fitness.of(status, values), error, ms,
                System.currentTimeMillis());
    }
}
