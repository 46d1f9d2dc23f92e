package org.hwnas.search.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hwnas.arch.Architecture;
import org.hwnas.arch.nb201.Nb201Cell;
import org.hwnas.search.api.EngineOptions;
import org.hwnas.search.api.Fitness;
import org.hwnas.search.api.Goal;
import org.hwnas.search.api.Objective;
import org.hwnas.search.api.SearchContext;
import org.hwnas.search.api.SearchEngines;
import org.hwnas.search.api.Trial;
import org.hwnas.search.api.TrialStatus;
import org.hwnas.search.spi.EngineRun;
import org.hwnas.search.spi.SearchEngine;
import org.hwnas.search.space.Nb201Space;
import org.junit.jupiter.api.Test;

/** Engines on a synthetic objective where the optimum is known: count of conv3x3 edges (maximise). */
class EngineTest {
    private static final Nb201Space SPACE = Nb201Space.full();

    private static double convs(Architecture a) {
        Nb201Cell c = (Nb201Cell) a;
        int n = 0;
        for (int e = 0; e < 6; e++) {
            n += c.op(e) == org.hwnas.model.network.zoo.Nb201Op.NOR_CONV_3X3 ? 1 : 0;
        }
        return n;
    }

    private static List<Trial> drive(String id, int budget, int batch, long seed) {
        SearchEngine engine = SearchEngines.byId(id);
        Map<String, Double> opts = new java.util.TreeMap<>(EngineOptions.defaults(engine.options()).values());
        if (opts.containsKey("population")) {
            opts.put("population", 20.0);
        }
        SearchContext ctx = new SearchContext(SPACE, List.of(new Objective("convs", Goal.MAXIMIZE)), new EngineOptions(opts), seed);
        EngineRun run = engine.start(ctx);
        List<Trial> all = new ArrayList<>();
        int batchNo = 0;
        while (all.size() < budget) {
            List<Architecture> asked = run.ask(Math.min(batch, budget - all.size()));
            List<Trial> told = new ArrayList<>();
            for (Architecture a : asked) {
                double v = convs(a);
                told.add(new Trial(all.size() + told.size(), batchNo, asked.size(), a, TrialStatus.OK, Map.of("convs", v),
                        new Fitness(new double[] {-v}, 0), null, 0, 0));
            }
            run.tell(told);
            all.addAll(told);
            batchNo++;
        }
        return all;
    }

    @Test
    void allEnginesAreRegistered() {
        assertThat(SearchEngines.ids()).isEqualTo("nsga2, random, rea");
    }

    @Test
    void evolutionFindsTheAllConvCellFasterThanRandom() {
        for (String id : List.of("rea", "nsga2")) {
            int found = 0;
            for (long seed = 0; seed < 5; seed++) {
                found += drive(id, 300, 10, seed).stream().anyMatch(t -> convs(t.candidate()) == 6) ? 1 : 0;
            }
            assertThat(found).as(id).isEqualTo(5);
        }
        // random hits one class of 4,930 in 300 draws with probability ~6 %
        int randomFound = 0;
        for (long seed = 0; seed < 5; seed++) {
            randomFound += drive("random", 300, 10, seed).stream().anyMatch(t -> convs(t.candidate()) == 6) ? 1 : 0;
        }
        assertThat(randomFound).isLessThan(3);
    }

    @Test
    void sameSeedSameProposalsAndBatchSizeMatters() {
        for (String id : List.of("random", "rea", "nsga2")) {
            List<String> a = drive(id, 120, 8, 42).stream().map(t -> t.candidate().text()).toList();
            List<String> b = drive(id, 120, 8, 42).stream().map(t -> t.candidate().text()).toList();
            List<String> c = drive(id, 120, 8, 43).stream().map(t -> t.candidate().text()).toList();
            assertThat(b).as(id).isEqualTo(a);
            assertThat(c).as(id).isNotEqualTo(a);
            assertThat(new java.util.HashSet<>(a)).as(id + " repeats").hasSize(120);
        }
    }

    @Test
    void randomStopsWhenTheSpaceIsExhausted() {
        Nb201Space tiny = new Nb201Space(java.util.EnumSet.of(org.hwnas.model.network.zoo.Nb201Op.NOR_CONV_3X3, org.hwnas.model.network.zoo.Nb201Op.NONE));
        EngineRun run = SearchEngines.byId("random").start(new SearchContext(tiny, List.of(new Objective("x", Goal.MINIMIZE)),
                new EngineOptions(Map.of()), 1));
        List<Architecture> all = run.ask(10_000);
        assertThat(all).hasSize(tiny.size().intValue()).doesNotHaveDuplicates();
        assertThat(run.ask(5)).isEmpty();
    }

    @Test
    void engineOverheadIsWellUnderAMillisecondPerTrial() {
        for (String id : List.of("random", "rea", "nsga2")) {
            drive(id, 500, 24, 1); // warm up
            long t0 = System.nanoTime();
            drive(id, 1000, 24, 2);
            double msPerTrial = (System.nanoTime() - t0) / 1e6 / 1000;
            System.out.printf("%s: %.4f ms per trial%n", id, msPerTrial);
            assertThat(msPerTrial).as(id).isLessThan(1.0);
        }
    }
}
