package org.hwnas.distributed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.hwnas.arch.Architecture;
import org.hwnas.search.api.Trial;
import org.hwnas.search.run.Evaluator;
import org.hwnas.search.run.FitnessFunction;
import org.hwnas.search.run.ResumeException;
import org.hwnas.search.run.RunResult;
import org.hwnas.search.run.StudyRunner;
import org.hwnas.search.store.MemoryTrialStore;
import org.hwnas.search.study.Study;
import org.junit.jupiter.api.Test;

class EngineCursorTest {

    /** Asks and tells batch by batch like workers do, starting a fresh cursor (a restarted process) midway. */
    @Test
    void aCursorRebuiltFromTheHistoryProposesWhatTheOneProcessRunnerProposes() throws Exception {
        Study study = TestStudies.study(TestStudies.document("c", "nsga2", 60, 12, 0, 7));
        RunResult reference = new StudyRunner(study, new MemoryTrialStore(), (t, d, b, e) -> { }).run();
        FitnessFunction f = new FitnessFunction(study.objectives(), study.constraints());
        Evaluator ev = new Evaluator(study.measures(), f);
        List<List<Trial>> history = new ArrayList<>();
        EngineCursor cursor = new EngineCursor(study.engine(), study.context());
        List<Trial> all = new ArrayList<>();
        for (int b = 0; b < 5; b++) {
            if (b == 3) { // a restarted coordinator: replays batches 0..2 from the store
                cursor = new EngineCursor(study.engine(), study.context());
                for (int r = 0; r < history.size(); r++) {
                    cursor.replay(r, history.get(r));
                }
            } else if (b > 0) {
                cursor.replay(b - 1, history.get(b - 1));
            }
            List<Architecture> asked = cursor.ask(12);
            List<Trial> results = new ArrayList<>();
            for (int k = 0; k < asked.size(); k++) {
                results.add(ev.evaluate(asked.get(k), 12 * b + k, b, asked.size()));
            }
            history.add(results); // told by the next round's replay
            all.addAll(results);
        }
        assertThat(all).hasSize(60);
        for (int i = 0; i < 60; i++) {
            assertThat(all.get(i).candidate()).as("trial %d", i).isEqualTo(reference.trials().get(i).candidate());
            assertThat(all.get(i).status()).isEqualTo(reference.trials().get(i).status());
        }
        assertThat(reference.trials().stream().filter(t -> !t.ok()).count()).as("fail_one_in makes broken evaluations").isPositive();
    }

    @Test
    void aHistoryTheEngineDoesNotReproduceIsRefused() throws Exception {
        Study study = TestStudies.study(TestStudies.document("c", "random", 20, 4, 0, 0));
        FitnessFunction f = new FitnessFunction(study.objectives(), study.constraints());
        Evaluator ev = new Evaluator(study.measures(), f);
        EngineCursor cursor = new EngineCursor(study.engine(), study.context());
        List<Architecture> asked = cursor.ask(4);
        List<Trial> told = new ArrayList<>();
        for (int k = 0; k < 4; k++) {
            told.add(ev.evaluate(asked.get(3 - k), k, 0, 4)); // same candidates, other order
        }
        EngineCursor fresh = new EngineCursor(study.engine(), study.context());
        assertThatThrownBy(() -> fresh.replay(0, told)).isInstanceOf(ResumeException.class)
                .hasMessageStartingWith("cannot rebuild the engine state: trial 0 was ");
        assertThatThrownBy(() -> fresh.replay(1, told)).isInstanceOf(ResumeException.class)
                .hasMessageContaining("inconsistent at batch 1");
    }
}
