package org.hwnas.mappingui.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.hwnas.mapper.MapperOptions;
import org.hwnas.mapper.Objective;
import org.junit.jupiter.api.Test;

/** The trial-mapping window maps as the search did where it can, and says which mapping gave which figures. */
class TrialOriginTest {

    @Test
    void aMapperStudyIsMappedWithItsBudgetAndSaysTheFiguresAgree() {
        TrialOrigin o = new TrialOrigin("co", 7, "mapper", 20_000, 200, 1_000_000.0, 2.5e6, 2.5e-6 * 1e6);
        assertThat(o.sameMapper()).isTrue();
        MapperOptions m = o.mapperOptions();
        assertThat(m.objective()).isEqualTo(Objective.EDP);
        assertThat(m.maxEvaluations()).isEqualTo(20_000);
        assertThat(m.timeLimitMillis()).isEqualTo(200);
        assertThat(o.note(m, 1_000_000, 2.5e6, 2.5)).isEqualTo("Trial 7 of co was measured with the mapper (EDP, 20,000 evaluations or "
                + "200 ms per layer): 1,000,000 cycles, " + org.hwnas.mappingui.model.Fmt.energy(2.5e6) + ", EDP "
                + org.hwnas.mappingui.model.Fmt.edp(2.5) + ". This window maps with the mapper (EDP, 20,000 evaluations or 200 ms per layer): "
                + "1,000,000 cycles, " + org.hwnas.mappingui.model.Fmt.energy(2.5e6) + ", EDP " + org.hwnas.mappingui.model.Fmt.edp(2.5)
                + ". Same mapper and settings: the figures agree (a layer cut short by the time cap can differ).");
        // the user picked another objective in the window
        assertThat(o.note(m.withObjective(Objective.ENERGY), 1, 1, 1)).endsWith("Other mapper settings than the search's: the figures differ.");
    }

    @Test
    void aGreedyStudyIsMappedWithTheWindowsMapperAndSaysTheyDiffer() {
        TrialOrigin o = new TrialOrigin("co", 3, "greedy", 0, 0, null, null, 1.0);
        assertThat(o.sameMapper()).isFalse();
        assertThat(o.mapperOptions()).isEqualTo(MapperOptions.defaults());
        String note = o.note(o.mapperOptions(), 900, 1e6, 0.5);
        assertThat(note).startsWith("Trial 3 of co was measured with the greedy mapping (one fixed heuristic mapping per layer, no search): EDP ")
                .contains("This window maps with the mapper (EDP, 300,000 evaluations or 600 ms per layer): 900 cycles")
                .endsWith("so its figures differ from the trial's (usually lower).");
        assertThatThrownBy(() -> new TrialOrigin("co", 1, "best", 0, 0, null, null, null)).hasMessageContaining("greedy or mapper");
    }
}
