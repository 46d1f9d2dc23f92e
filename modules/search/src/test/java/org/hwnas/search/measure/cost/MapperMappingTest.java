package org.hwnas.search.measure.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.hwnas.arch.Architecture;
import org.hwnas.model.doc.DocumentException;
import org.hwnas.search.api.Trial;
import org.hwnas.search.run.Evaluator;
import org.hwnas.search.run.FitnessFunction;
import org.hwnas.search.space.TestSpaces;
import org.hwnas.search.study.Study;
import org.hwnas.search.study.StudyReader;
import org.junit.jupiter.api.Test;

/** {@code "mapping": "mapper"} on the co-search example: per-layer best mappings through the Mapper service. */
class MapperMappingTest {
    static final Path STUDY = TestSpaces.EXAMPLES.resolve("studies/mbv2-eyeriss-edp.hwsearch.json");

    /** The example study with {@code extra} added to its edp and energy measures. */
    static String withMapping(String extra) throws Exception {
        return Files.readString(STUDY)
                .replace("\"measure\": \"edp\"}", "\"measure\": \"edp\", " + extra + "}")
                .replace("\"measure\": \"energy\"}", "\"measure\": \"energy\", " + extra + "}")
                .replace("\"../accelerators/", "\"" + TestSpaces.EXAMPLES.resolve("accelerators") + "/");
    }

    @Test
    void mapperMappingsAreNoWorseThanTheGreedyOnesOnEdp() throws Exception {
        Study greedy = StudyReader.read(STUDY);
        Study mapped = StudyReader.parse(STUDY, withMapping("\"mapping\": \"mapper\", \"mapper-budget\": 3000"));
        Evaluator g = new Evaluator(greedy.measures(), new FitnessFunction(greedy.objectives(), greedy.constraints()));
        Evaluator m = new Evaluator(mapped.measures(), new FitnessFunction(mapped.objectives(), mapped.constraints()));
        Random rng = new Random(3);
        int better = 0;
        for (int i = 0; i < 3; i++) {
            Architecture a = greedy.space().sample(rng);
            Trial tg = g.evaluate(a, i, 0, 1);
            Trial tm = m.evaluate(a, i, 0, 1);
            assertThat(tm.error()).isNull();
            // measures without "mapping" are unchanged
            assertThat(tm.measures().get("macs_m")).isEqualTo(tg.measures().get("macs_m"));
            assertThat(tm.measures().get("edp")).isPositive().isFinite();
            if (tm.measures().get("edp") < tg.measures().get("edp")) {
                better++;
            }
        }
        // the search respects the row-stationary preset the greedy heuristic ignores, yet still wins on EDP
        assertThat(better).isGreaterThanOrEqualTo(2);
    }

    @Test
    void badMappingFieldsAreDocumentErrors() throws Exception {
        DocumentException e = catchThrowableOfType(DocumentException.class,
                () -> StudyReader.parse(STUDY, withMapping("\"mapping\": \"best\"")));
        assertThat(e.getMessage()).contains("unknown mapping 'best' (valid: greedy, mapper)");
        DocumentException b = catchThrowableOfType(DocumentException.class,
                () -> StudyReader.parse(STUDY, withMapping("\"mapper-budget\": 10")));
        assertThat(b.getMessage()).contains("only with \"mapping\": \"mapper\"");
    }
}
