package org.hwnas.mappingui.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hwnas.mapper.MapperOptions;
import org.hwnas.mapper.Objective;
import org.hwnas.mappingui.model.Fmt;

/**
 * Where a network mapping shown for a search trial comes from, so the window can map the way the
 * search's cost measures did and say how its figures relate to the trial's.
 *
 * @param study          the study name
 * @param trial          the trial number
 * @param mapping        the cost measures' {@code "mapping"}: {@code greedy} (fixed heuristic) or {@code mapper}
 * @param mapperBudget   evaluations per layer the search gave the mapper ({@code "mapper-budget"})
 * @param millisPerLayer the search's CPU cap per layer for the mapper
 * @param cycles         the trial's {@code cycles} measure, or null when the study has none
 * @param energyPj       the trial's {@code energy} measure in pJ, or null
 * @param edp            the trial's {@code edp} measure in J x cycles, or null
 * @since 0.2
 */
public record TrialOrigin(String study, int trial, String mapping, int mapperBudget, long millisPerLayer,
                          Double cycles, Double energyPj, Double edp) {

    public TrialOrigin {
        if (!"greedy".equals(mapping) && !"mapper".equals(mapping)) {
            throw new IllegalArgumentException("mapping must be greedy or mapper, got '" + mapping + "'");
        }
    }

    /** True when the window can map exactly as the search did (the search used the mapper). */
    public boolean sameMapper() {
        return "mapper".equals(mapping);
    }

    /** The mapper settings of the search's cost measures (EDP objective); for {@code greedy}, the window's own. */
    public MapperOptions mapperOptions() {
        return sameMapper() ? MapperOptions.defaults().withObjective(Objective.EDP).withBudget(mapperBudget, millisPerLayer)
                : MapperOptions.defaults();
    }

    /** e.g. {@code the mapper (EDP, 20,000 evaluations or 200 ms per layer)}. */
    static String describe(MapperOptions o) {
        return String.format(Locale.ROOT, "the mapper (%s, %,d evaluations or %d ms per layer)", o.objective(), o.maxEvaluations(),
                o.timeLimitMillis());
    }

    /**
     * One paragraph for the window: which mapping produced the trial's figures, which produced the
     * window's ({@code options}), both sets of figures, and whether they can differ.
     */
    public String note(MapperOptions options, long viewCycles, double viewEnergyPj, double viewEdp) {
        StringBuilder sb = new StringBuilder();
        sb.append("Trial ").append(trial).append(" of ").append(study).append(" was measured with ")
                .append(sameMapper() ? describe(mapperOptions()) : "the greedy mapping (one fixed heuristic mapping per layer, no search)");
        List<String> trialFigures = new ArrayList<>();
        if (cycles != null) {
            trialFigures.add(Fmt.count(Math.round(cycles)) + " cycles");
        }
        if (energyPj != null) {
            trialFigures.add(Fmt.energy(energyPj));
        }
        if (edp != null) {
            trialFigures.add("EDP " + Fmt.edp(edp));
        }
        if (!trialFigures.isEmpty()) {
            sb.append(": ").append(String.join(", ", trialFigures));
        }
        sb.append(". This window maps with ").append(describe(options)).append(": ").append(Fmt.count(viewCycles)).append(" cycles, ")
                .append(Fmt.energy(viewEnergyPj)).append(", EDP ").append(Fmt.edp(viewEdp)).append('.');
        boolean same = sameMapper() && options.equals(mapperOptions());
        sb.append(same ? " Same mapper and settings: the figures agree (a layer cut short by the time cap can differ)."
                : sameMapper() ? " Other mapper settings than the search's: the figures differ."
                : " The mapper searches each layer's mappings, so its figures differ from the trial's (usually lower).");
        return sb.toString();
    }
}
