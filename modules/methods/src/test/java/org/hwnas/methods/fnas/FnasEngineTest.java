package org.hwnas.methods.fnas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hwnas.arch.Architecture;
import org.hwnas.methods.MiniRunner;
import org.hwnas.methods.RunStatus;
import org.hwnas.search.api.Trial;
import org.hwnas.search.run.RunResult;
import org.hwnas.search.run.StudyRunner;
import org.hwnas.search.spi.EngineRun;
import org.hwnas.search.store.MemoryTrialStore;
import org.hwnas.search.study.Measure;
import org.hwnas.search.study.Study;
import org.hwnas.search.study.StudyReader;
import org.junit.jupiter.api.Test;

class FnasEngineTest {
    static final Path DIR = Path.of("../../examples/studies").toAbsolutePath().normalize();

    static Study study(double spec, int trials) throws Exception {
        return StudyReader.parse(DIR.resolve("t.hwsearch.json"), """
                {"format": "search/1",
                 "spaces": [{"name": "net", "id": "nb201"},
                            {"name": "hw", "id": "fpga-tile", "base": "../accelerators/zc706-fpga.hwacc.json",
                             "tm": [8, 16, 32, 64], "tn": [4, 8, 16, 32], "tr": [4, 8, 16, 32], "tc": [4, 8, 16, 32], "ports": [1, 2, 4, 8]}],
                 "objectives": [{"name": "acc", "goal": "maximize", "estimator": "nb201-table", "metric": "cifar10/test@200"}],
                 "measures": [{"name": "lat_ms", "measure": "fpga-latency"}],
                 "engine": {"id": "fnas", "options": {"spec_ms": %s, "hw_resamples": 3}},
                 "budget": {"trials": %d}, "seed": 5, "batch": 4}
                """.formatted(spec, trials));
    }

    @Test
    void prunedChildrenAreNeverEvaluatedForAccuracy() throws Exception {
        double spec = 1.0;
        Study s = study(spec, 60);
        // spy on the accuracy measure: record the FPGA latency of every candidate it is asked about
        List<Double> seen = new ArrayList<>();
        Measure acc = s.measures().get(0);
        Measure spy = new Measure() {
            public String name() { return acc.name(); }
            public String serviceId() { return acc.serviceId(); }
            public com.fasterxml.jackson.databind.JsonNode spec() { return acc.spec(); }
            public double evaluate(Architecture a) throws org.hwnas.search.study.MeasureException {
                seen.add(FpgaLatency.of(a).ms());
                return acc.evaluate(a);
            }
        };
        List<Measure> ms = new ArrayList<>(s.measures());
        ms.set(0, spy);
        Study spied = new Study(s.file(), s.name(), s.space(), ms, s.objectives(), s.constraints(), s.engine(), s.options(),
                s.batch(), s.budget(), s.seed(), 1, s.fingerprint());
        MiniRunner.Result r = MiniRunner.run(spied);
        assertEquals(60, seen.size());
        assertTrue(seen.stream().allMatch(ms1 -> ms1 <= spec), "an over-spec candidate was evaluated: " + seen);
        Map<String, Double> st = ((RunStatus) r.run()).status();
        assertTrue(st.get("pruned") > 0, "the spec should prune some children: " + st);
        assertTrue(st.get("hw_resamples") > 0);
        assertEquals(st.get("sampled"), st.get("pruned") + st.get("proposed") + st.get("repeats"), 1e-9);
        // the engine state (console, progress lines): the controller's reward and baseline, then the status
        org.hwnas.search.spi.EngineState state = r.run().state();
        assertEquals(List.of("reward", "baseline"), List.copyOf(state.figures().keySet()).subList(0, 2));
        assertTrue(Double.isFinite(state.figures().get("reward")) && state.figures().get("reward") <= 1.0, state.text());
        assertEquals(st.get("baseline"), state.figures().get("baseline"));
        assertEquals(st.get("pruned"), state.figures().get("pruned"));
    }

    @Test
    void withoutSpecNothingIsPrunedAndResultsOvershoot() throws Exception {
        MiniRunner.Result r = MiniRunner.run(study(0, 40));
        Map<String, Double> st = ((RunStatus) r.run()).status();
        assertEquals(0.0, st.get("pruned"));
        assertTrue(r.trials().stream().anyMatch(t -> t.measures().get("lat_ms") > 1.0));
    }

    @Test
    void replayGivesIdenticalProposalsAndResumeWorks() throws Exception {
        Study s = study(1.5, 24);
        // same seed, same tells -> same asks
        List<String> a = MiniRunner.run(s).trials().stream().map(t -> t.candidate().text()).toList();
        List<String> b = MiniRunner.run(s).trials().stream().map(t -> t.candidate().text()).toList();
        assertEquals(a, b);
        // resume: 12 trials stored, then the runner replays them and goes on to 24
        MemoryTrialStore store = new MemoryTrialStore();
        Study half = study(1.5, 12);
        new StudyRunner(half, store, org.hwnas.search.run.ProgressListener.NONE).run();
        RunResult resumed = new StudyRunner(s, store, org.hwnas.search.run.ProgressListener.NONE).run();
        assertEquals(12, resumed.resumed());
        assertEquals(a, resumed.trials().stream().map(t -> t.candidate().text()).toList());
    }

    @Test
    void policyAndBaselineFollowTheToldRewards() throws Exception {
        Study s = study(0, 8);
        FnasEngine.Run run = (FnasEngine.Run) s.engine().start(s.context());
        List<Architecture> asked = run.ask(2);
        assertEquals(2, asked.size());
        double[] before = run.policy().logits(0);
        List<Trial> told = new ArrayList<>();
        for (int i = 0; i < asked.size(); i++) {
            Map<String, Double> m = new HashMap<>();
            m.put("acc", i == 0 ? 90.0 : 80.0);
            told.add(new Trial(i, 0, 2, asked.get(i), org.hwnas.search.api.TrialStatus.OK, m,
                    new org.hwnas.search.api.Fitness(new double[] {-m.get("acc")}, 0), null, 0, 0));
        }
        run.tell(told);
        // first reward 0.9 sets the baseline (advantage 0), the second has advantage 0.8 - 0.9 = -0.1
        assertEquals(0.9 * 0.9 + 0.1 * 0.8, run.baseline(), 1e-12);
        assertFalse(java.util.Arrays.equals(before, run.policy().logits(0)));
    }

    @Test
    void fpgaLatencyEqualsTheCostModelsHwLatencyForNetworkCandidates() throws Exception {
        Study s = StudyReader.parse(DIR.resolve("t.hwsearch.json"), """
                {"format": "search/1",
                 "spaces": [{"name": "net", "id": "mbv2", "widths": [0.75, 1.0], "resolution": 160},
                            {"name": "hw", "id": "fpga-tile", "base": "../accelerators/zc706-fpga.hwacc.json", "tm": [16, 32], "tn": [8, 16]}],
                 "objectives": [{"name": "lat", "goal": "minimize", "measure": "fpga-latency"}],
                 "measures": [{"name": "hw", "measure": "hw-latency"}],
                 "engine": {"id": "fnas", "options": {"spec_ms": 30}}, "budget": {"trials": 4}}
                """);
        java.util.Random rng = new java.util.Random(4);
        for (int i = 0; i < 5; i++) {
            Architecture a = s.space().sample(rng);
            double ours = s.measures().get(0).evaluate(a);
            assertEquals(s.measures().get(1).evaluate(a), ours, 1e-9 * ours, a.text());
            assertTrue(ours > 0);
        }
    }

    @Test
    void refusesASpaceWithoutFpgaTiles() {
        org.hwnas.model.doc.DocumentException e = assertThrows(org.hwnas.model.doc.DocumentException.class,
                () -> StudyReader.parse(DIR.resolve("t.hwsearch.json"), """
                {"format": "search/1", "space": {"id": "nb201"},
                 "objectives": [{"name": "acc", "goal": "maximize", "estimator": "nb201-table"}],
                 "engine": {"id": "fnas"}, "budget": {"trials": 4}}
                """));
        assertTrue(e.getMessage().contains("engine.id: engine fnas needs \"spaces\": [a network space, an fpga-tile space]"), e.getMessage());
    }
}
