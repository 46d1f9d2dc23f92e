package org.hwnas.searchui.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.hwnas.model.network.io.NetworkDocument;
import org.hwnas.search.api.Trial;
import org.hwnas.search.pareto.ParetoFront;
import org.hwnas.search.run.RunResult;
import org.hwnas.search.spi.EngineState;
import org.hwnas.search.store.StoreException;
import org.hwnas.search.study.Study;
import org.hwnas.search.study.StudyReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The console's view models on a real trial store: a tiny NB201 study (the example with a 48-trial
 * budget) is run into SQLite by {@link StudyJob}, then read back as the console does.
 */
class StudyConsoleModelTest {
    @TempDir
    static Path dir;
    static Path studyFile;
    static Study study;
    static RunResult run;
    static final List<String> LOG = Collections.synchronizedList(new ArrayList<>());
    static final int[] LAST = new int[2];
    static final List<EngineState> STATES = Collections.synchronizedList(new ArrayList<>());

    static Path writeStudy(Path folder, int trials) throws Exception {
        String text = Files.readString(Path.of("../../examples/studies/nb201-pixel3.hwsearch.json"))
                .replace("\"trials\": 480", "\"trials\": " + trials);
        assertThat(text).contains("\"trials\": " + trials);
        Path f = folder.resolve("tiny.hwsearch.json");
        Files.writeString(f, text);
        return f;
    }

    @BeforeAll
    static void runTinyStudy() throws Exception {
        studyFile = writeStudy(dir, 48);
        study = StudyReader.read(studyFile);
        run = new StudyJob(study, false, new StudyJob.Sink() {
            @Override
            public void log(String line) {
                LOG.add(line);
            }

            @Override
            public void progress(int done, int budget) {
                LAST[0] = done;
                LAST[1] = budget;
            }

            @Override
            public void engineState(int batch, EngineState state) {
                assertThat(batch).isEqualTo(STATES.size());
                STATES.add(state);
            }
        }).run();
    }

    @Test
    void theRunWroteEveryTrialAndReportedProgress() throws Exception {
        assertThat(run.trials()).hasSize(48);
        assertThat(LAST).containsExactly(48, 48);
        assertThat(LOG).anySatisfy(l -> assertThat(l).startsWith("trial 0: accuracy "));
        assertThat(LOG).anySatisfy(l -> assertThat(l).startsWith("study nb201-pixel3: 48 trials (0 resumed, 48 evaluated now)"));
        assertThat(TrialStoreReader.read(study)).hasSize(48);
    }

    @Test
    void theParetoSeriesIsTheParetoFrontOfTheStoredTrials() throws Exception {
        StudySnapshot s = TrialStoreReader.snapshot(study);
        List<Trial> feasible = s.trials().stream().filter(t -> t.ok() && t.fitness().feasible()).toList();
        List<double[]> pts = feasible.stream().map(t -> t.fitness().minimized()).toList();
        List<Integer> expected = ParetoFront.indices(pts).stream().map(i -> feasible.get(i).number()).sorted().toList();
        List<Integer> plotted = s.points("accuracy", "latency_ms").stream()
                .filter(p -> p.kind() == StudySnapshot.Kind.FRONT).map(p -> p.trial().number()).sorted().toList();
        assertThat(expected).isNotEmpty();
        assertThat(plotted).isEqualTo(expected);
        // every successful trial is plotted once, with its stored values
        assertThat(s.points("accuracy", "latency_ms")).hasSize((int) s.trials().stream().filter(Trial::ok).count());
        StudySnapshot.Point p = s.points("accuracy", "latency_ms").get(0);
        assertThat(p.x()).isEqualTo(p.trial().measures().get("accuracy"));
        // no point of the front is dominated by any feasible trial (accuracy max, latency min)
        for (StudySnapshot.Point f : s.points("accuracy", "latency_ms")) {
            if (f.kind() != StudySnapshot.Kind.FRONT) {
                continue;
            }
            for (Trial t : feasible) {
                assertThat(ParetoFront.dominates(t.fitness().minimized(), f.trial().fitness().minimized())).isFalse();
            }
        }
        assertThat(s.measureNames()).containsExactly("accuracy", "latency_ms");
        assertThat(s.axisLabel("accuracy")).isEqualTo("accuracy (max)");
        assertThat(s.summary()).startsWith("48/48 trials, 0 failed, ");
        assertThat(s.engineState()).startsWith("nsga2 (crossover 0.9, mutation 0.2, population 24), batch 24, space nb201 of 4,930");
    }

    @Test
    void theEngineStateIsReplayedFromTheStoreAsTheRunReportedIt() throws Exception {
        List<Trial> stored = TrialStoreReader.read(study);
        assertThat(STATES).hasSize(2); // NSGA-II, population 24 = batch 24, 48 trials
        StudySnapshot s = StudySnapshot.of(study, stored, new EngineReplay(study));
        assertThat(s.engineRunState()).isEqualTo(STATES.get(1));
        assertThat(s.engineStateLine()).isEqualTo("after batch 1: population 24, generation 1, offspring 0, proposed 48");
        assertThat(LOG).contains("engine after batch 1: population 24, generation 1, offspring 0, proposed 48");
        // the population panel: the 24 parents with their stored measures; NSGA-II keeps the whole front
        List<Trial> parents = s.population();
        assertThat(parents).hasSize(24).doesNotHaveDuplicates().allSatisfy(t -> assertThat(t.measures()).containsKey("accuracy"));
        assertThat(s.report().front().size()).isLessThanOrEqualTo(24);
        assertThat(parents).containsAll(s.report().front());

        // incremental: a batch in flight (6 of batch 1's 24 trials stored) is not told yet
        EngineReplay replay = new EngineReplay(study);
        StudySnapshot partial = StudySnapshot.of(study, stored.subList(0, 30), replay);
        assertThat(partial.engineRunState()).isEqualTo(STATES.get(0));
        assertThat(partial.engineStateLine()).startsWith("after batch 0: population 24, generation 0, offspring 0");
        assertThat(partial.population()).extracting(Trial::number).containsExactlyElementsOf(java.util.stream.IntStream.range(0, 24).boxed().toList());
        assertThat(StudySnapshot.of(study, stored, replay).engineRunState()).isEqualTo(STATES.get(1));
        assertThat(replay.batches()).isEqualTo(2);
        assertThat(StudySnapshot.of(study, List.of(), new EngineReplay(study)).engineStateLine()).isEmpty();
    }

    @Test
    void aStoreTheEngineCannotReproduceIsReportedNotShown() throws Exception {
        List<Trial> stored = new ArrayList<>(TrialStoreReader.read(study));
        Collections.swap(stored, 0, 1); // trial numbers out of order: not what the engine proposed
        EngineReplay replay = new EngineReplay(study);
        StudySnapshot s = StudySnapshot.of(study, stored, replay);
        assertThat(s.engineRunState()).isEqualTo(EngineState.NONE);
        assertThat(s.engineStateLine()).startsWith("engine state unavailable: the engine does not propose trial 1 again");
    }

    @Test
    void theHypervolumeSeriesIsNonDecreasingAndEndsAtTheReportsValue() throws Exception {
        StudySnapshot s = TrialStoreReader.snapshot(study);
        double[][] hv = s.hypervolumeSeries();
        assertThat(hv).hasNumberOfRows(48);
        for (int i = 1; i < hv.length; i++) {
            assertThat(hv[i][0]).isEqualTo(hv[i - 1][0] + 1);
            assertThat(hv[i][1]).isGreaterThanOrEqualTo(hv[i - 1][1]);
        }
        assertThat(hv[hv.length - 1][1]).isEqualTo(s.report().hypervolume());
        assertThat(hv[hv.length - 1][1]).isGreaterThan(0);
    }

    @Test
    void runningAgainIsRefusedAndResumeContinues(@TempDir Path other) throws Exception {
        Path f = writeStudy(other, 24);
        Study small = StudyReader.read(f);
        StudyJob.Sink quiet = new StudyJob.Sink() {
            @Override
            public void log(String line) {
            }

            @Override
            public void progress(int done, int budget) {
            }
        };
        new StudyJob(small, false, quiet).run();
        assertThatThrownBy(() -> new StudyJob(small, false, quiet).run()).isInstanceOf(StoreException.class)
                .hasMessageContaining("already holds 24 trials");
        Study bigger = StudyReader.read(writeStudy(other, 48)); // the budget may change on resume
        RunResult r = new StudyJob(bigger, true, quiet).run();
        assertThat(r.resumed()).isEqualTo(24);
        assertThat(r.evaluated()).isEqualTo(24);
        assertThat(TrialStoreReader.read(bigger)).hasSize(48);
    }

    @Test
    void stopKeepsTheFinishedBatchAndResumeFinishesTheStudy(@TempDir Path other) throws Exception {
        Study s = StudyReader.read(writeStudy(other, 72));
        StudyJob[] job = new StudyJob[1];
        job[0] = new StudyJob(s, false, new StudyJob.Sink() {
            @Override
            public void log(String line) {
            }

            @Override
            public void progress(int done, int budget) {
                job[0].cancel(); // Stop after the first trial: the batch in flight still completes and is stored
            }
        });
        RunResult stopped = job[0].run();
        assertThat(stopped.reason()).isEqualTo(RunResult.StopReason.CANCELLED);
        assertThat(stopped.trials()).hasSize(24); // one NSGA-II batch (population 24)
        assertThat(TrialStoreReader.read(s)).hasSize(24);
        RunResult resumed = new StudyJob(s, true, new StudyJob.Sink() {
            @Override
            public void log(String line) {
            }

            @Override
            public void progress(int done, int budget) {
            }
        }).run();
        assertThat(resumed.resumed()).isEqualTo(24);
        assertThat(resumed.reason()).isEqualTo(RunResult.StopReason.TRIALS);
        assertThat(TrialStoreReader.read(s)).hasSize(72);
    }

    @Test
    void theStoreCanBeWatchedWhileARunWritesIt(@TempDir Path other) throws Exception {
        Study s = StudyReader.read(writeStudy(other, 240));
        java.util.concurrent.atomic.AtomicReference<Exception> failure = new java.util.concurrent.atomic.AtomicReference<>();
        Thread writer = new Thread(() -> {
            try {
                new StudyJob(s, false, new StudyJob.Sink() {
                    @Override
                    public void log(String line) {
                    }

                    @Override
                    public void progress(int done, int budget) {
                    }
                }).run();
            } catch (Exception e) {
                failure.set(e);
            }
        });
        writer.start();
        List<Integer> seen = new ArrayList<>();
        while (writer.isAlive()) {
            seen.add(TrialStoreReader.snapshot(s).done()); // as the console's poll does, from another connection
            Thread.sleep(20);
        }
        writer.join();
        assertThat(failure.get()).isNull();
        seen.add(TrialStoreReader.snapshot(s).done());
        for (int i = 1; i < seen.size(); i++) {
            assertThat(seen.get(i)).isGreaterThanOrEqualTo(seen.get(i - 1));
        }
        assertThat(seen.get(seen.size() - 1)).isEqualTo(240);
    }

    @Test
    void noStoreYetReadsAsNoTrials(@TempDir Path other) throws Exception {
        Study fresh = StudyReader.read(writeStudy(other, 24));
        assertThat(TrialStoreReader.read(fresh)).isEmpty();
        assertThat(Files.exists(fresh.storeFile())).isFalse(); // watching does not create the store
    }

    @Test
    void anExplicitSqliteLocationReadsThroughTheFacadeLikeTheDefault(@TempDir Path other) throws Exception {
        List<Trial> viaDefault = TrialStoreReader.read(study);
        List<Trial> viaLocation = TrialStoreReader.read(study, study.storeFile().toString());
        assertThat(viaLocation).hasSize(48);
        assertThat(viaLocation).extracting(t -> t.candidate().text())
                .containsExactlyElementsOf(viaDefault.stream().map(t -> t.candidate().text()).toList());
        assertThat(TrialStoreReader.snapshot(study, study.storeFile().toString()).done()).isEqualTo(48);
        // a location the user named must exist: unlike the default store, a missing file is an error
        Path missing = other.resolve("nowhere.hwsearch.db");
        assertThatThrownBy(() -> TrialStoreReader.read(study, missing.toString()))
                .isInstanceOf(StoreException.class)
                .hasMessage("nowhere.hwsearch.db does not exist (no trials yet?)");
        assertThat(Files.exists(missing)).isFalse();
    }

    @Test
    void aTrialsCandidateBecomesANetworkDocument() throws Exception {
        Trial t = run.trials().get(0);
        CandidateDocuments d = CandidateDocuments.write(t, CandidateDocuments.defaultFolder(studyFile, study.name()));
        assertThat(d.accelerator()).isNull(); // NB201 cells have no accelerator part
        assertThat(d.network().getFileName().toString()).isEqualTo("trial-0.hwnet.json");
        assertThat(d.network().getParent().getFileName().toString()).isEqualTo("nb201-pixel3-results");
        assertThat(NetworkDocument.read(d.network()).name()).isEqualTo("nb201");
    }
}
