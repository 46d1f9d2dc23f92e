package org.hwnas.search.spi;

import java.util.Set;
import org.hwnas.search.study.Measure;
import org.hwnas.search.study.MeasureContext;

/**
 * Makes a {@link Measure} that a study names by id: {@code {"name": "edp", "measure": "edp", ...}}.
 * This is how measures the search module does not know (cost-model energy, EDP, cycles, ...) plug in:
 * register with {@code @ServiceProvider(service = MeasureFactory.class)}; the study reader finds the
 * factory by {@link #id()}, checks the definition's fields against {@link #fields()} and calls
 * {@link #create}. Measures receive the whole candidate; a joint (multi-space) candidate's parts are
 * found with {@code JointArchitecture.find(candidate, NetworkCandidate.class)} and the like.
 */
public interface MeasureFactory {

    /** Stable id used in documents ({@code "measure": "params"}). */
    String id();

    /** One line for listings, with the unit. */
    String description();

    /** Fields of the definition this measure reads, besides {@code name}, {@code goal}, {@code measure}, {@code space}. */
    Set<String> fields();

    /**
     * Builds the measure; problems (bad fields, a space whose candidates it cannot evaluate) are recorded
     * on {@code ctx.spec()} and null is returned.
     */
    Measure create(MeasureContext ctx);
}
