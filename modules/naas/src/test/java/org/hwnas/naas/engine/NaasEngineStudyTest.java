package org.hwnas.naas.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.hwnas.arch.JointArchitecture;
import org.hwnas.search.api.EngineOptions;
import org.hwnas.search.api.Fitness;
import org.hwnas.search.api.SearchContext;
import org.hwnas.search.api.Trial;
import org.hwnas.search.api.TrialStatus;
import org.hwnas.search.run.FitnessFunction;
import org.hwnas.search.run.ProgressListener;
import org.hwnas.search.run.RunResult;
import org.hwnas.search.run.StudyRunner;
import org.hwnas.search.spi.SearchSpace;
import org.hwnas.search.store.MemoryTrialStore;
import org.hwnas.search.store.SqliteTrialStore;
import org.hwnas.search.store.StoreException;
import org.hwnas.search.store.TrialStore;
import org.hwnas.search.study.Study;
import org.hwnas.search.study.StudyReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The naas engine through StudyRunner: phases, resume after a crash equal to a clean run, no leaked thread. */
class NaasEngineStudyTest {
    @TempDir
    Path dir;

    private Study study(String name) throws Exception {
        Path f = Files.createDirectories(dir.resolve(name)).resolve("n.hwsearch.json");
        Files.writeString(f, NaasAccelSpaceTest.study("{\"name\": \"hw\", \"id\": \"naas-accel\"}"));
        return StudyReader.read(f);
    }

    private static RunResult run(Study s, TrialStore store) throws Exception {
        return new StudyRunner(s, store, (t, d, b, e) -> { }).run();
    }

    private static List<String> rows(List<Trial> trials) {
        return trials.stream().map(t -> t.number() + " " + t.batch() + " " + t.candidate().text() + " " + t.measures())
                .collect(Collectors.toList());
    }

    /** Dies after {@code limit} stored trials, like a process killed mid-run. */
    private record Crashing(TrialStore inner, int limit, int[] stored) implements TrialStore {
        @Override
        public List<Trial> trials(SearchSpace s, FitnessFunction f) throws StoreException {
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

    @Test
    void phasesAlternateAndAResumedRunEqualsACleanOne() throws Exception {
        Study s = study("clean");
        List<Trial> clean = run(s, new MemoryTrialStore()).trials();
        assertThat(clean).hasSize(20);
        // phase 0: 4 networks on the base design; phase 1: 6 CMA-ES designs for one network; phase 2: 4 networks
        var hwOf = (java.util.function.IntFunction<String>) i -> ((JointArchitecture) clean.get(i).candidate()).part(1).text();
        var netOf = (java.util.function.IntFunction<String>) i -> ((JointArchitecture) clean.get(i).candidate()).part(0).text();
        for (int i = 1; i < 4; i++) {
            assertThat(hwOf.apply(i)).isEqualTo(hwOf.apply(0));
        }
        assertThat(hwOf.apply(0)).startsWith("12x14 ");
        for (int i = 5; i < 10; i++) {
            assertThat(netOf.apply(i)).isEqualTo(netOf.apply(4));
        }
        assertThat(clean.subList(4, 10).stream().map(t -> ((JointArchitecture) t.candidate()).part(1)).distinct().count())
                .as("CMA-ES proposes different designs").isGreaterThan(1);
        assertThat(clean.get(4).batchSize()).isEqualTo(1); // one CMA-ES point per ask
        assertThat(clean.get(0).batchSize()).isEqualTo(2);
        assertThat(clean).allMatch(Trial::ok);

        Study again = study("crash");
        int[] stored = {0};
        SqliteTrialStore first = SqliteTrialStore.open(again.storeFile(), again.space(), again.fingerprint(), false);
        try {
            run(again, new Crashing(first, 7, stored)); // dies inside the CMA-ES phase
        } catch (IllegalStateException | StoreException expected) {
            // the simulated crash
        } finally {
            first.close();
        }
        try (SqliteTrialStore store = SqliteTrialStore.open(again.storeFile(), again.space(), again.fingerprint(), true)) {
            RunResult r = run(again, store);
            assertThat(r.resumed()).isEqualTo(7);
            assertThat(r.evaluated()).isEqualTo(13);
            assertThat(rows(r.trials())).isEqualTo(rows(clean));
        }
        // the CMA-ES threads of both finished runs end once their runs are dropped
        for (int i = 0; i < 100 && cmaesThreads() > 0; i++) {
            System.gc();
            Thread.sleep(50);
        }
        assertThat(cmaesThreads()).isZero();
    }

    private static long cmaesThreads() {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().equals("naas-cmaes") && t.isAlive()).count();
    }

    @Test
    void failedAndInfeasibleTrialsGetAPenaltyNotACrash() throws Exception {
        Study s = study("penalty");
        SearchContext c = new SearchContext(s.space(), s.objectives(), EngineOptions.defaults(new NaasEngine().options()), 1);
        NaasEngineRun run = (NaasEngineRun) new NaasEngine().start(c);
        var cand = s.space().sample(new java.util.Random(1));
        Trial ok = new Trial(0, 0, 1, cand, TrialStatus.OK, Map.of(), new Fitness(new double[] {-50, 1234.5}, 0), null, 1, 0);
        Trial bad = new Trial(0, 0, 1, cand, TrialStatus.OK, Map.of(), new Fitness(new double[] {-50, 1234.5}, 0.25), null, 1, 0);
        Trial failed = new Trial(0, 0, 1, cand, TrialStatus.FAILED, Map.of(), Fitness.failed(2), "boom", 1, 0);
        assertThat(run.scalar(ok)).isEqualTo(1234.5);
        assertThat(run.scalar(bad)).isEqualTo(1234.5 + 0.25e20);
        assertThat(run.scalar(failed)).isEqualTo(1e30);
        // a run that only ever fails still proposes (network phase, then CMA-ES on penalties) and ends its thread
        for (int i = 0; i < 20; i++) { // defaults: 6 asks of 2 networks, then 24 CMA-ES asks of 1
            List<org.hwnas.arch.Architecture> a = run.ask(2);
            assertThat(a).isNotEmpty();
            run.tell(a.stream().map(x -> new Trial(0, 0, a.size(), x, TrialStatus.FAILED, Map.<String, Double>of(), Fitness.failed(2),
                    "boom", 1, 0)).toList());
        }
        assertThat(run.optimizerAlive()).isTrue();
        run.close();
        assertThat(run.optimizerAlive()).isFalse();
    }
}
