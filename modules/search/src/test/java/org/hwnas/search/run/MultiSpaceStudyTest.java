package org.hwnas.search.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.hwnas.arch.JointArchitecture;
import org.hwnas.search.api.Trial;
import org.hwnas.search.space.ProductSpace;
import org.hwnas.search.space.TestSpaces;
import org.hwnas.search.store.MemoryTrialStore;
import org.hwnas.search.store.SqliteTrialStore;
import org.hwnas.search.store.StoreException;
import org.hwnas.search.store.TrialStore;
import org.hwnas.search.study.Study;
import org.hwnas.search.study.StudyReader;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Network x accelerator studies: joint candidates, cost measures, and resume equal to an uninterrupted run. */
class MultiSpaceStudyTest {
    @TempDir
    Path dir;

    private Path write(String engine, String net, String hw, String costMeasure) throws Exception {
        Path acc = TestSpaces.EXAMPLES.resolve("accelerators");
        Path f = dir.resolve("co.hwsearch.json");
        Files.writeString(f, """
                {
                  "format": "search/1",
                  "spaces": [
                    %s,
                    %s
                  ],
                  "objectives": [
                    {"name": "macs", "goal": "maximize", "measure": "macs", "unit": "M"},
                    {"name": "cost", "goal": "minimize", "measure": "%s"}
                  ],
                  "measures": [{"name": "params", "measure": "params", "unit": "M", "space": "net"}],
                  "constraints": [{"name": "params", "max": 3.0}],
                  "engine": {"id": "%s", "options": {"population": 12}},
                  "budget": {"trials": 60},
                  "batch": 8,
                  "seed": 3,
                  "workers": 2
                }
                """.formatted(net, hw.replace("BASE", acc.toString().replace("\\", "/")), costMeasure, engine));
        return f;
    }

    private static List<String> summary(List<Trial> trials) {
        return trials.stream().map(t -> t.number() + " " + t.candidate().text() + " " + t.measures() + " " + t.fitness())
                .collect(Collectors.toList());
    }

    /** Dies after {@code limit} stored trials, like a process killed mid-batch. */
    private record Crashing(TrialStore inner, int limit, int[] stored) implements TrialStore {
        @Override
        public List<Trial> trials(org.hwnas.search.spi.SearchSpace s, FitnessFunction f) throws StoreException {
            return inner.trials(s, f);
        }

        @Override
        public synchronized void append(Trial t) throws StoreException {
            if (stored[0] >= limit) {
                throw new IllegalStateException("simulated crash");
            }
            inner.append(t);
            stored[0]++;
        }

        @Override
        public void close() {
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "nsga2|{\"name\": \"net\", \"id\": \"mbv2\", \"widths\": [0.75, 1.0], \"resolution\": 96}|{\"name\": \"hw\", \"id\": \"accelerator\", \"base\": \"BASE/eyeriss-like.hwacc.json\"}|edp",
        "rea|{\"name\": \"net\", \"id\": \"fbnet\"}|{\"name\": \"hw\", \"id\": \"fpga-tile\", \"base\": \"BASE/zc706-fpga.hwacc.json\"}|hw-latency",
    })
    void resumedJointStudyEqualsAnUninterruptedRun(String engine, String net, String hw, String cost) throws Exception {
        Path f = write(engine, net, hw, cost);
        Study s = StudyReader.read(f);
        assertThat(s.space()).isInstanceOf(ProductSpace.class);
        List<Trial> reference = new StudyRunner(s, new MemoryTrialStore(), ProgressListener.NONE).run().trials();
        assertThat(reference).hasSize(60);
        assertThat(reference).allSatisfy(t -> {
            assertThat(t.error()).isNull();
            assertThat(t.candidate()).isInstanceOf(JointArchitecture.class);
            assertThat(t.measures().get("cost")).isPositive();
        });
        assertThat(reference.stream().map(t -> t.candidate().text()).distinct()).hasSize(60);

        SqliteTrialStore first = SqliteTrialStore.open(s.storeFile(), s.space(), s.fingerprint(), false);
        assertThatThrownBy(() -> new StudyRunner(s, new Crashing(first, 29, new int[1]), ProgressListener.NONE).run())
                .hasMessageContaining("simulated crash");
        first.close();

        Study again = StudyReader.read(f);
        try (SqliteTrialStore store = SqliteTrialStore.open(again.storeFile(), again.space(), again.fingerprint(), true)) {
            RunResult r = new StudyRunner(again, store, ProgressListener.NONE).run();
            assertThat(r.resumed()).isEqualTo(29);
            assertThat(r.evaluated()).isEqualTo(31);
            assertThat(summary(r.trials())).isEqualTo(summary(reference));
        }

        // a changed base design is refused on resume, naming what changed
        Path copy = dir.resolve("base.hwacc.json");
        String baseFile = hw.contains("eyeriss") ? "eyeriss-like.hwacc.json" : "zc706-fpga.hwacc.json";
        Files.writeString(copy, Files.readString(TestSpaces.EXAMPLES.resolve("accelerators/" + baseFile)).replaceFirst("\"name\": \"", "\"name\": \"moved-"));
        Files.writeString(f, Files.readString(f).replaceAll("\"base\": \"[^\"]*\"", "\"base\": \"base.hwacc.json\""));
        Study moved = StudyReader.read(f);
        assertThatThrownBy(() -> SqliteTrialStore.open(moved.storeFile(), moved.space(), moved.fingerprint(), true))
                .hasMessageContaining("inputs[1].name: \"");

        // changing one space of the study is refused on resume, naming the field
        Files.writeString(f, Files.readString(f).replace("\"seed\": 3", "\"seed\": 3").replace("\"name\": \"hw\"", "\"name\": \"hw2\""));
        Study changed = StudyReader.read(f);
        assertThatThrownBy(() -> SqliteTrialStore.open(changed.storeFile(), changed.space(), changed.fingerprint(), true))
                .hasMessageContaining("spaces[1].name: \"hw\" -> \"hw2\"");
    }
}
