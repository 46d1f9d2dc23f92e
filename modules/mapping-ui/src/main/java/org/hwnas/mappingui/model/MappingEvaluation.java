package org.hwnas.mappingui.model;

import java.util.ArrayList;
import java.util.List;
import org.hwnas.cost.api.CostException;
import org.hwnas.cost.api.CostReport;
import org.hwnas.cost.loopnest.LoopNestModel;
import org.hwnas.model.accel.Accelerator;
import org.hwnas.model.mapping.Mapping;
import org.hwnas.model.mapping.MappingRules;

/**
 * One mapping evaluated on one accelerator with the {@code loopnest} cost model: either a report or the
 * reasons it cannot be evaluated (rule violations naming level/axis and dimension, or the cost model's
 * capacity reasons). Never both: an invalid mapping gets no numbers.
 *
 * @param report   the cost report, or null when {@code problems} is not empty
 * @param problems why the mapping is invalid (empty when valid)
 */
public record MappingEvaluation(Mapping mapping, Accelerator accelerator, CostReport report, List<String> problems) {

    public MappingEvaluation {
        problems = List.copyOf(problems);
    }

    public static MappingEvaluation of(Accelerator accelerator, Mapping mapping) {
        List<String> problems = new ArrayList<>();
        for (MappingRules.Violation v : MappingRules.check(mapping, accelerator)) {
            problems.add(v.toString());
        }
        if (!problems.isEmpty()) {
            return new MappingEvaluation(mapping, accelerator, null, problems);
        }
        try {
            CostReport r = new LoopNestModel().evaluate(accelerator, mapping.bounds(), mapping);
            return new MappingEvaluation(mapping, accelerator, r, List.of());
        } catch (CostException e) {
            return new MappingEvaluation(mapping, accelerator, null, e.reasons());
        } catch (RuntimeException e) {
            // the model's own guard for designs it does not support; shown, never thrown at the UI
            return new MappingEvaluation(mapping, accelerator, null, List.of(String.valueOf(e.getMessage())));
        }
    }

    public boolean valid() {
        return report != null;
    }
}
