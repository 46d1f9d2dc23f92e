package org.hwnas.search.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.hwnas.search.api.Trial;
import org.hwnas.search.spi.EngineState;
import org.hwnas.search.store.MemoryTrialStore;
import org.hwnas.search.study.Study;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The runner reports each engine's state after every told batch, and the same state after a resume. */
class EngineStateReportTest {
    @TempDir
    Path dir;

    private record Told(int batch, EngineState state) {
    }

    private static List<Told> run(Study s, MemoryTrialStore store) throws Exception {
        List<Told> out = new ArrayList<>();
        new StudyRunner(s, store, new ProgressListener() {
            @Override
            public void trialFinished(Trial trial, int done, int budget, long elapsedMs) {
            }

            @Override
            public void batchFinished(int batch, EngineState state) {
                out.add(new Told(batch, state));
            }
        }).run();
        return out;
    }

    private static List<Integer> range(int from, int to) {
        return IntStream.range(from, to).boxed().toList();
    }

    @Test
    void reaReportsItsAgingQueue() throws Exception {
        List<Told> told = run(Studies.read(Studies.write(dir, "rea", "{\"population\": 12, \"sample\": 3}", 40, 8, 2, "pixel3")),
                new MemoryTrialStore());
        assertThat(told).extracting(Told::batch).containsExactly(0, 1, 2, 3, 4);
        // batch 0: 8 members; then the queue is full (12) and holds the last 12 trials told
        assertThat(told.get(0).state().members()).isEqualTo(range(0, 8));
        assertThat(told.get(0).state().figures()).containsEntry("population", 8.0).containsEntry("capacity", 12.0);
        EngineState last = told.get(4).state();
        assertThat(last.members()).isEqualTo(range(28, 40));
        assertThat(last.figures().keySet()).containsExactly("population", "capacity", "told", "proposed");
        assertThat(last.text()).isEqualTo("population 12, capacity 12, told 40, proposed 40");
    }

    @Test
    void nsga2ReportsGenerationsAndParents() throws Exception {
        List<Told> told = run(Studies.read(Studies.write(dir, "nsga2", "{\"population\": 12}", 48, 12, 1, "pixel3")),
                new MemoryTrialStore());
        assertThat(told).hasSize(4);
        assertThat(told.get(0).state().figures()).containsEntry("generation", 0.0).containsEntry("population", 12.0);
        assertThat(told.get(0).state().members()).isEqualTo(range(0, 12));
        for (int b = 1; b < 4; b++) {
            EngineState s = told.get(b).state();
            int seen = 12 * (b + 1);
            assertThat(s.figures()).containsEntry("generation", (double) b).containsEntry("offspring", 0.0);
            // environmental selection keeps 12 distinct trials told so far
            assertThat(s.members()).hasSize(12).doesNotHaveDuplicates().allMatch(n -> n < seen);
        }
    }

    @Test
    void randomCountsProposalsAndResumeReportsTheReplayedState() throws Exception {
        List<Told> full = run(Studies.read(Studies.write(dir, "rea", "{\"population\": 12}", 40, 8, 1, "pixel3")), new MemoryTrialStore());
        MemoryTrialStore store = new MemoryTrialStore();
        run(Studies.read(Studies.write(dir, "rea", "{\"population\": 12}", 24, 8, 1, "pixel3")), store);
        List<Told> resumed = run(Studies.read(Studies.write(dir, "rea", "{\"population\": 12}", 40, 8, 1, "pixel3")), store);
        // once after the replay of batches 0..2, then after batches 3 and 4: equal to the uninterrupted run's
        assertThat(resumed).containsExactlyElementsOf(full.subList(2, 5));

        List<Told> random = run(Studies.read(Studies.write(dir, "random", "", 16, 8, 1, "pixel3")), new MemoryTrialStore());
        assertThat(random).extracting(t -> t.state().figures()).containsExactly(Map.of("proposed", 8.0), Map.of("proposed", 16.0));
        assertThat(random.get(1).state().members()).isEmpty();
    }

    @Test
    void numbersAreFormattedForPeople() {
        assertThat(EngineState.number(1_234_567)).isEqualTo("1,234,567");
        assertThat(EngineState.number(0.91349)).isEqualTo("0.9135");
        assertThat(EngineState.number(3.2e15)).isEqualTo("3.200e+15");
        assertThat(EngineState.NONE.isEmpty()).isTrue();
        assertThat(EngineState.NONE.text()).isEmpty();
    }
}
