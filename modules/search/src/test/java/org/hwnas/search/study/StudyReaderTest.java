package org.hwnas.search.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.hwnas.model.doc.DocumentException;
import org.hwnas.search.api.Goal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StudyReaderTest {
    static final Path EXAMPLE = Path.of("../../examples/studies/nb201-pixel3.hwsearch.json");

    static final String VALID = """
            {
              "format": "search/1",
              "space": {"id": "nb201"},
              "objectives": [
                {"name": "accuracy", "goal": "maximize", "estimator": "nb201-table", "metric": "cifar10/test@200"},
                {"name": "latency", "goal": "minimize", "latency-model": "hwnasbench-table", "device": "pixel3"}
              ],
              "measures": [{"name": "fpga", "latency-model": "hwnasbench-table", "device": "fpga"}],
              "constraints": [{"name": "latency", "max": 10}, {"name": "fpga", "max": 4}],
              "engine": {"id": "rea", "options": {"population": 20}},
              "budget": {"trials": 100},
              "seed": 7
            }
            """;

    @Test
    void readsTheQuickStartExample() throws DocumentException {
        Study s = StudyReader.read(EXAMPLE);
        assertThat(s.name()).isEqualTo("nb201-pixel3");
        assertThat(s.objectives()).extracting(o -> o.name() + ":" + o.goal()).containsExactly("accuracy:MAXIMIZE", "latency_ms:MINIMIZE");
        assertThat(s.engine().id()).isEqualTo("nsga2");
        assertThat(s.batch()).isEqualTo(24); // nsga2 defaults the batch to its population
        assertThat(s.storeFile().getFileName().toString()).isEqualTo("nb201-pixel3.hwsearch.db");
    }

    @Test
    void readsMeasuresConstraintsAndResolvedOptions() throws DocumentException {
        Study s = StudyReader.parse(Path.of("t.hwsearch.json"), VALID);
        assertThat(s.measures()).extracting(Measure::name).containsExactly("accuracy", "latency", "fpga");
        assertThat(s.constraints()).hasSize(2);
        assertThat(s.options().integer("population")).isEqualTo(20);
        assertThat(s.options().integer("sample")).isEqualTo(10); // default filled in
        assertThat(s.objectives().get(0).goal()).isEqualTo(Goal.MAXIMIZE);
        assertThat(s.workers()).isEqualTo(1);
        assertThat(s.seed()).isEqualTo(7);
        assertThat(s.fingerprint().get("engine").toString()).isEqualTo("{\"id\":\"rea\",\"options\":{\"population\":20.0,\"sample\":10.0}}");
    }

    /** Each malformed variant must name the path and the reason (and where it is). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "\"id\": \"rea\"|\"id\": \"bayes\"|t.hwsearch.json:10:20: engine.id: unknown search engine 'bayes' (valid: nsga2, random, rea)",
        "\"device\": \"pixel3\"|\"device\": \"pixel4\"|objectives[1].device: hwnasbench-table has no device 'pixel4' (valid: raspi4, pixel3, eyeriss, fpga, edgegpu, edgetpu)",
        "\"estimator\": \"nb201-table\"|\"estimator\": \"synflow\"|objectives[0].estimator: unknown accuracy estimator 'synflow' (valid: nb201-table",
        "\"metric\": \"cifar10/test@200\"|\"metric\": \"cifar10/test@90\"|objectives[0].metric: nb201-table has no metric 'cifar10/test@90' (valid: cifar10/test@200,",
        "{\"name\": \"fpga\", \"max\": 4}|{\"name\": \"latency\", \"min\": 12}|constraints[1]: contradicts an earlier constraint on 'latency': together they need 12 <= latency <= 10",
        "{\"name\": \"fpga\", \"max\": 4}|{\"name\": \"fpga\", \"min\": 5, \"max\": 4}|constraints[1]: min 5 > max 4: no candidate can satisfy it",
        "{\"name\": \"fpga\", \"max\": 4}|{\"name\": \"energy\", \"max\": 4}|constraints[1].name: no objective or measure named 'energy' (known: accuracy, latency, fpga)",
        "\"space\": {\"id\": \"nb201\"}|\"space\": {\"id\": \"nb201\", \"ops\": []}|space.ops: the space is empty: list at least one op",
        "\"space\": {\"id\": \"nb201\"}|\"space\": {\"id\": \"nasbench101\"}|space.id: unknown search space 'nasbench101' (valid: accelerator, fbnet, fpga-tile, mbv2, nb201)",
        "\"population\": 20|\"population\": 1|engine.options.population: must be >= 2, got 1",
        "\"population\": 20|\"popsize\": 20|engine.options.popsize: unknown field (valid: population, sample)",
        "\"trials\": 100|\"trials\": 0|budget.trials: must be > 0, got 0",
        "\"goal\": \"maximize\"|\"goal\": \"maximise\"|objectives[0].goal: unknown value 'maximise' (valid: minimize, maximize)",
        "\"seed\": 7|\"seed\": 7, \"engines\": 2|engines: unknown field",
        "\"format\": \"search/1\"|\"format\": \"search/2\"|format: unsupported version 'search/2'; this build reads search/1",
        "\"name\": \"latency\", \"goal\"|\"name\": \"accuracy\", \"goal\"|objectives[1].name: name 'accuracy' is used twice",
    })
    void malformedDocumentsGivePathAndReason(String from, String to, String expected) {
        assertThat(VALID).contains(from);
        String text = VALID.replace(from, to);
        assertThatThrownBy(() -> StudyReader.parse(Path.of("t.hwsearch.json"), text))
                .isInstanceOf(DocumentException.class)
                .hasMessageContaining(expected)
                .hasMessageStartingWith("t.hwsearch.json:");
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        String text = VALID.replace("\"bayes\"", "x").replace("\"rea\"", "\"bayes\"").replace("\"pixel3\"", "\"pixel4\"");
        assertThatThrownBy(() -> StudyReader.parse(Path.of("t.hwsearch.json"), text))
                .satisfies(e -> assertThat(((DocumentException) e).problems()).hasSize(2));
    }

    @Test
    void malformedJsonSaysWhere() {
        assertThatThrownBy(() -> StudyReader.parse(Path.of("t.hwsearch.json"), "{\"format\": \"search/1\",\n \"space\": }"))
                .hasMessageStartingWith("t.hwsearch.json:2:").hasMessageContaining("malformed JSON");
    }

    @Test
    void aMissingFileIsOneLine() {
        assertThatThrownBy(() -> StudyReader.read(Path.of("nope.hwsearch.json"))).hasMessage("nope.hwsearch.json: no such file");
    }
}
