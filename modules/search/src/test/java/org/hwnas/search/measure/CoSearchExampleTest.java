package org.hwnas.search.measure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.hwnas.arch.Architecture;
import org.hwnas.search.api.Trial;
import org.hwnas.search.run.Evaluator;
import org.hwnas.search.run.FitnessFunction;
import org.hwnas.search.space.ProductSpace;
import org.hwnas.search.space.TestSpaces;
import org.hwnas.search.study.Measure;
import org.hwnas.search.study.Study;
import org.hwnas.search.study.StudyReader;
import org.junit.jupiter.api.Test;

/** The shipped co-search example reads and its candidates evaluate on every measure. */
class CoSearchExampleTest {

    @Test
    void exampleCandidatesEvaluate() throws Exception {
        Study s = StudyReader.read(TestSpaces.EXAMPLES.resolve("studies/mbv2-eyeriss-edp.hwsearch.json"));
        assertThat(s.space()).isInstanceOf(ProductSpace.class);
        assertThat(s.measures()).extracting(Measure::name).containsExactly("macs_m", "edp", "params_m", "energy_uj", "latency_ms");
        Evaluator ev = new Evaluator(s.measures(), new FitnessFunction(s.objectives(), s.constraints()));
        Random rng = new Random(1);
        for (int i = 0; i < 10; i++) {
            Architecture a = s.space().sample(rng);
            Trial t = ev.evaluate(a, i, 0, 1);
            assertThat(t.error()).isNull();
            double cycles = t.measures().get("latency_ms") * 1e-3 * 200e6; // eyeriss-like runs at 200 MHz
            // EDP = energy (J) x cycles, and a network of M MACs needs at least M / 168 cycles
            assertThat(t.measures().get("edp")).isCloseTo(t.measures().get("energy_uj") * 1e-6 * cycles,
                    org.assertj.core.api.Assertions.within(t.measures().get("edp") * 1e-6));
            assertThat(cycles).isGreaterThanOrEqualTo(t.measures().get("macs_m") * 1e6 / 168 * 0.999);
        }
    }
}
