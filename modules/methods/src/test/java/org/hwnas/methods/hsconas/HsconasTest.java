package org.hwnas.methods.hsconas;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.hwnas.latency.analytical.FpgaTileLatencyModel;
import org.hwnas.methods.MiniRunner;
import org.hwnas.model.doc.DocumentException;
import org.hwnas.model.network.LayerInfo;
import org.hwnas.model.network.NetworkAnalysis;
import org.hwnas.search.api.Trial;
import org.hwnas.search.run.ProgressListener;
import org.hwnas.search.run.RunResult;
import org.hwnas.search.run.StudyRunner;
import org.hwnas.search.store.MemoryTrialStore;
import org.hwnas.search.study.Study;
import org.hwnas.search.study.StudyReader;
import org.junit.jupiter.api.Test;

class HsconasTest {
    static final Path FILE = Path.of("../../examples/studies/t.hwsearch.json").toAbsolutePath().normalize();
    static final double BUDGET = 4.0;

    static Study study(String engine, int trials) throws DocumentException {
        String opts = engine.equals("hsconas")
                ? "{\"budget_ms\": " + BUDGET + ", \"population\": 16, \"sample\": 4, \"shrink_every\": 1, \"top_k\": 4, \"rounds\": 3}"
                : "{\"population\": 16, \"sample\": 4}";
        return StudyReader.parse(FILE, """
                {"format": "search/1",
                 "space": {"id": "mbv2-ch", "resolution": 128, "classes": 100},
                 "objectives": [{"name": "macs_m", "goal": "maximize", "measure": "macs", "unit": "M"},
                                {"name": "lat_ms", "goal": "minimize", "measure": "space-latency"}],
                 "constraints": [{"name": "lat_ms", "max": %s}],
                 "engine": {"id": "%s", "options": %s},
                 "budget": {"trials": %d}, "seed": 3, "batch": 8}
                """.formatted(BUDGET, engine, opts, trials));
    }

    static ChannelSpace space() throws DocumentException {
        return (ChannelSpace) study("rea", 8).space();
    }

    @Test
    void layerShapesAndLutMatchTheNetworkAndTheFpgaTileModel() throws Exception {
        ChannelSpace space = space();
        Random rng = new Random(1);
        for (int i = 0; i < 5; i++) {
            ScaledMbNet n = (ScaledMbNet) space.sample(rng);
            List<org.hwnas.model.workload.LoopBounds> fromGraph = NetworkAnalysis.of(n.network()).computeLayers().stream()
                    .map(l -> l.loopBounds().orElseThrow()).toList();
            assertEquals(fromGraph, n.computeLayers(), n.text());
            double model = new FpgaTileLatencyModel().latencyMs(n.network(), "zc706-fpga").getAsDouble();
            assertEquals(model, space.latencyMs(n), 1e-9 * model, n.text());
            assertEquals(n, space.parse(n.text()));
        }
    }

    @Test
    void channelScalingNeverExceedsTheBudgetAndLeavesNoStepUnused() throws Exception {
        ChannelSpace space = space();
        final double TIGHT = 5.0; // at 128x128 most genomes need smaller widths to meet it
        Random rng = new Random(7);
        boolean[][] allowed = new boolean[ChannelSpace.STAGES][space.widths().size()];
        for (boolean[] a : allowed) {
            java.util.Arrays.fill(a, true);
        }
        double use = 0;
        int n = 0;
        for (int i = 0; i < 30; i++) {
            int[] g = space.encode(space.sample(rng));
            int[] s = ChannelScaler.scale(g, allowed, TIGHT, space::latencyMs);
            if (s == null) {
                // infeasible: even the smallest widths are over the budget
                int[] min = g.clone();
                for (int st = 0; st < ChannelSpace.STAGES; st++) {
                    min[ChannelSpace.widthGene(st)] = 0;
                }
                assertTrue(space.latencyMs(min) > TIGHT);
                continue;
            }
            for (int k = 0; k < ChannelSpace.LAYERS; k++) {
                assertEquals(g[k], s[k], "scaling moves widths only");
            }
            double lat = space.latencyMs(s);
            assertTrue(lat <= TIGHT, "over budget: " + lat);
            for (int st = 0; st < ChannelSpace.STAGES; st++) { // maximal: no single step up fits
                int gi = ChannelSpace.widthGene(st);
                if (s[gi] + 1 < space.widths().size()) {
                    int[] up = s.clone();
                    up[gi]++;
                    assertTrue(space.latencyMs(up) > TIGHT, "stage " + st + " could still grow");
                }
            }
            boolean saturated = true; // every stage at its widest: the budget cannot be used further
            for (int st = 0; st < ChannelSpace.STAGES; st++) {
                saturated &= s[ChannelSpace.widthGene(st)] == space.widths().size() - 1;
            }
            if (!saturated) {
                use += lat / TIGHT;
                n++;
            }
        }
        assertTrue(n >= 10, "genomes scaled onto 5 ms below their widest: " + n);
        assertTrue(use / n > 0.9, "mean budget use " + use / n);
    }

    @Test
    void channelScalingOnAHandCheckedLatency() {
        // latency = sum over stages of (stage + 1) * (width index + 1): budget 30 from all-zero widths
        // start 21 ms; raising stage s costs s + 1, cheapest first: +1 (s0) -> 22, +1 (s0) -> 23, ... s0 reaches index 4 at 25,
        // then s1 (+2) -> 27, 29; then nothing fits (s1 +2 -> 31, s2 +3 -> 32)
        int[] g = new int[ChannelSpace.LAYERS + ChannelSpace.STAGES];
        boolean[][] allowed = new boolean[ChannelSpace.STAGES][5];
        for (boolean[] a : allowed) {
            java.util.Arrays.fill(a, true);
        }
        java.util.function.ToDoubleFunction<int[]> lat = x -> {
            double sum = 0;
            for (int s = 0; s < ChannelSpace.STAGES; s++) {
                sum += (s + 1) * (x[ChannelSpace.widthGene(s)] + 1);
            }
            return sum;
        };
        int[] s = ChannelScaler.scale(g, allowed, 30, lat);
        assertEquals(29, lat.applyAsDouble(s));
        assertEquals(4, s[ChannelSpace.widthGene(0)]);
        assertEquals(2, s[ChannelSpace.widthGene(1)]);
        // over budget: all widths at index 4 = 105; lowering saves the most in the last stage first
        java.util.Arrays.fill(g, ChannelSpace.LAYERS, g.length, 4);
        s = ChannelScaler.scale(g, allowed, 80, lat);
        assertTrue(lat.applyAsDouble(s) <= 80);
        assertNull(ChannelScaler.scale(g, allowed, 20, lat), "21 ms at the smallest widths cannot meet 20");
    }

    @Test
    void shrinkingKeepsTopKChoicesAndNeverGrows() {
        boolean[][] allowed = {{true, true, true}, {true, false, true}, {true, true}};
        boolean[] shrinkable = {true, true, false};
        List<int[]> top = List.of(new int[] {0, 2, 1}, new int[] {2, 2, 0}, new int[] {0, 1, 0});
        boolean[][] out = SpaceShrinker.shrink(allowed, top, shrinkable);
        assertArrayEquals(new boolean[] {true, false, true}, out[0]);
        assertArrayEquals(new boolean[] {false, false, true}, out[1], "a value removed before stays removed");
        assertArrayEquals(new boolean[] {true, true}, out[2], "width genes are not shrunk");
        assertEquals(BigInteger.valueOf(12), SpaceShrinker.size(allowed));
        assertEquals(BigInteger.valueOf(4), SpaceShrinker.size(out));
    }

    @Test
    void engineShrinksMonotonicallyAndEveryChildMeetsTheBudget() throws Exception {
        MiniRunner.Result r = MiniRunner.run(study("hsconas", 80));
        HsconasEngine.Run run = (HsconasEngine.Run) r.run();
        assertEquals(80, r.trials().size(), "the engine keeps proposing new children in the shrunk space");
        List<BigInteger> sizes = run.sizes();
        assertEquals(4, sizes.size(), "3 shrinking rounds after generations 1, 2, 3: " + sizes);
        for (int i = 1; i < sizes.size(); i++) {
            assertTrue(sizes.get(i).compareTo(sizes.get(i - 1)) <= 0, sizes.toString());
        }
        assertTrue(sizes.get(3).compareTo(sizes.get(0)) < 0);
        for (Trial t : r.trials()) {
            assertTrue(t.measures().get("lat_ms") <= BUDGET, t.candidate().text());
        }
        // after the last shrinking step, children use only surviving operators
        List<List<String>> choices = run.layerChoices();
        for (Trial t : r.trials().subList(64, r.trials().size())) {
            ScaledMbNet n = (ScaledMbNet) t.candidate();
            int layer = 0;
            for (List<org.hwnas.arch.mbv2.MbBlock> st : n.stages()) {
                for (org.hwnas.arch.mbv2.MbBlock b : st) {
                    assertTrue(choices.get(layer++).contains(b.token()), "layer " + (layer - 1) + " " + b.token());
                }
            }
        }
        assertEquals(sizes.get(3).doubleValue(), ((org.hwnas.methods.RunStatus) run).status().get("space_size"));
        org.hwnas.search.spi.EngineState state = run.state(); // the shrunk space size and the aging queue
        assertEquals(sizes.get(3).doubleValue(), state.figures().get("space_size"));
        int told = r.trials().size();
        assertEquals(state.figures().get("population").intValue(), state.members().size());
        assertTrue(state.members().size() > 0 && state.members().size() < told);
        assertEquals(r.trials().get(told - 1).number(), state.members().get(state.members().size() - 1));
    }

    @Test
    void replayAndResumeGiveIdenticalProposals() throws Exception {
        List<String> a = MiniRunner.run(study("hsconas", 40)).trials().stream().map(t -> t.candidate().text()).toList();
        assertEquals(a, MiniRunner.run(study("hsconas", 40)).trials().stream().map(t -> t.candidate().text()).toList());
        MemoryTrialStore store = new MemoryTrialStore();
        new StudyRunner(study("hsconas", 24), store, ProgressListener.NONE).run();
        RunResult resumed = new StudyRunner(study("hsconas", 40), store, ProgressListener.NONE).run();
        assertEquals(24, resumed.resumed());
        assertEquals(a, resumed.trials().stream().map(t -> t.candidate().text()).toList());
    }

    @Test
    void badSpaceOptionsAreLocatedErrors() {
        DocumentException e = assertThrows(DocumentException.class, () -> StudyReader.parse(FILE, """
                {"format": "search/1", "space": {"id": "mbv2-ch", "ops": ["k4e6"], "device": "eyeriss-like"},
                 "objectives": [{"name": "lat", "goal": "minimize", "measure": "space-latency"}],
                 "engine": {"id": "hsconas", "options": {"budget_ms": 5}}, "budget": {"trials": 4}}
                """));
        String msg = e.getMessage();
        assertTrue(msg.contains("space.ops[0]") && msg.contains("odd"), msg);
        assertTrue(msg.contains("space.device"), msg);
    }

    @Test
    void engineNeedsABudgetAndTheChannelSpace() {
        String noBudget = assertThrows(DocumentException.class, () -> StudyReader.parse(FILE, """
                {"format": "search/1", "space": {"id": "mbv2-ch"},
                 "objectives": [{"name": "lat", "goal": "minimize", "measure": "space-latency"}],
                 "engine": {"id": "hsconas"}, "budget": {"trials": 4}}
                """)).getMessage();
        assertTrue(noBudget.contains("engine.id: engine hsconas needs the option budget_ms > 0"), noBudget);
        String wrongSpace = assertThrows(DocumentException.class, () -> StudyReader.parse(FILE, """
                {"format": "search/1", "space": {"id": "nb201"},
                 "objectives": [{"name": "acc", "goal": "maximize", "estimator": "nb201-table"}],
                 "engine": {"id": "hsconas", "options": {"budget_ms": 3}}, "budget": {"trials": 4}}
                """)).getMessage();
        assertTrue(wrongSpace.contains("needs a mbv2-ch space"), wrongSpace);
    }
}
