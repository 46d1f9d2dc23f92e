package org.hwnas.search.run;

import java.util.List;
import java.util.Map;
import org.hwnas.search.api.Constraint;
import org.hwnas.search.api.Fitness;
import org.hwnas.search.api.Objective;
import org.hwnas.search.api.TrialStatus;

/** Turns a trial's measures into what engines rank on: minimised objectives and total violation. */
public record FitnessFunction(List<Objective> objectives, List<Constraint> constraints) {

    public FitnessFunction {
        objectives = List.copyOf(objectives);
        constraints = List.copyOf(constraints);
    }

    public Fitness of(TrialStatus status, Map<String, Double> measures) {
        if (status != TrialStatus.OK) {
            return Fitness.failed(objectives.size());
        }
        double[] v = new double[objectives.size()];
        for (int i = 0; i < v.length; i++) {
            Objective o = objectives.get(i);
            Double x = measures.get(o.name());
            if (x == null) {
                return Fitness.failed(objectives.size());
            }
            v[i] = o.goal().toMinimized(x);
        }
        double violation = 0;
        for (Constraint c : constraints) {
            Double x = measures.get(c.name());
            violation += c.violation(x == null ? Double.NaN : x);
        }
        return new Fitness(v, violation);
    }
}
