package org.hwnas.searchui.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Set;
import org.hwnas.mappingui.api.TrialOrigin;
import org.hwnas.search.api.Trial;
import org.hwnas.search.study.Measure;
import org.hwnas.search.study.Study;

/**
 * How a trial's cost figures were made, read from the study's cost measures ({@code energy}, {@code cycles},
 * {@code edp}, {@code hw-latency}; docs/search-format.md): their {@code "mapping"} ({@code greedy} by
 * default, or {@code mapper} with {@code "mapper-budget"}) and the trial's values in the mapping window's
 * units, so the window opened for the trial maps the same way where it can and says how its numbers relate.
 */
public final class TrialOrigins {
    private static final Set<String> COST_MEASURES = Set.of("energy", "cycles", "edp", "hw-latency");
    /** The search's defaults for {@code "mapping": "mapper"} (package-private in org.hwnas.search.measure.cost.MapperMapping). */
    static final int DEFAULT_MAPPER_BUDGET = 20_000;
    static final long MAPPER_MILLIS_PER_LAYER = 200;

    private TrialOrigins() {
    }

    /** The origin of a trial's cost figures, or null when the study has no cost measure. */
    public static TrialOrigin of(Study study, Trial t) {
        String mapping = null;
        int budget = 0;
        Double cycles = null;
        Double energyPj = null;
        Double edp = null;
        for (Measure m : study.measures()) {
            JsonNode spec = m.spec();
            String id = spec.path("measure").asText("");
            if (!COST_MEASURES.contains(id)) {
                continue;
            }
            if (mapping == null) { // one mapping per study in practice; the first cost measure's otherwise
                mapping = spec.path("mapping").asText("greedy");
                budget = "mapper".equals(mapping) ? spec.path("mapper-budget").asInt(DEFAULT_MAPPER_BUDGET) : 0;
            }
            Double v = t.measures().get(m.name());
            switch (id) {
                case "cycles" -> cycles = v;
                case "energy" -> energyPj = v == null ? null : v * 1e6; // the measure is in uJ
                case "edp" -> edp = v;
                default -> { } // hw-latency: cycles at the clock, shown as cycles when the study has them
            }
        }
        return mapping == null ? null
                : new TrialOrigin(study.name(), t.number(), mapping, budget, "mapper".equals(mapping) ? MAPPER_MILLIS_PER_LAYER : 0,
                        cycles, energyPj, edp);
    }
}
