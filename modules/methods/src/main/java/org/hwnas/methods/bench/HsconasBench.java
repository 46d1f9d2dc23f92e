package org.hwnas.methods.bench;

import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hwnas.methods.MiniRunner;
import org.hwnas.methods.hsconas.HsconasEngine;
import org.hwnas.search.api.Trial;
import org.hwnas.search.pareto.Hypervolume;
import org.hwnas.search.study.Study;

/**
 * HSCoNAS figures: {@code hsconas} against plain {@code rea} at equal evaluations on the {@code mbv2-ch}
 * space (latency: per-layer FPGA tile LUT on the ZC706-class board; capacity objective: MACs, a stand-in
 * for accuracy since no accuracy estimator covers this space), latency budget as a constraint.
 */
public final class HsconasBench {
    private HsconasBench() {
    }

    /** One engine's outcome. */
    public record Side(String engine, int trials, double bestMacsM, double bestLatMs, double feasibleShare, double hv,
                       double meanUse, double minUse, double maxUse, double seconds) {
    }

    public record Result(double budgetMs, List<BigInteger> sizes, List<List<String>> finalChoices, Side hsconas, Side rea) {

        public String text() {
            StringBuilder b = new StringBuilder();
            b.append(String.format(Locale.ROOT, "HSCoNAS on mbv2-ch (160x160, zc706-fpga per-layer LUT), budget %.2f ms, %d vs %d evaluations%n",
                    budgetMs, hsconas.trials(), rea.trials()));
            b.append("  space size per round: ");
            for (int i = 0; i < sizes.size(); i++) {
                b.append(i == 0 ? "" : " -> ").append(String.format(Locale.ROOT, "%.3g", sizes.get(i).doubleValue()));
            }
            b.append(System.lineSeparator());
            b.append("  operators left per layer: ").append(finalChoices.stream().map(l -> Integer.toString(l.size())).toList())
                    .append(System.lineSeparator());
            b.append(String.format(Locale.ROOT, "  %-8s %-12s %-10s %-10s %-14s %s%n", "engine", "best MACs M", "at ms", "feasible", "HV (M x ms)",
                    "budget use of final population (mean / min / max)"));
            for (Side s : List.of(hsconas, rea)) {
                b.append(String.format(Locale.ROOT, "  %-8s %-12.1f %-10.3f %-10s %-14.1f %.1f %% / %.1f %% / %.1f %%  (%.1f s)%n", s.engine(),
                        s.bestMacsM(), s.bestLatMs(), String.format(Locale.ROOT, "%.0f %%", 100 * s.feasibleShare()), s.hv(),
                        100 * s.meanUse(), 100 * s.minUse(), 100 * s.maxUse(), s.seconds()));
            }
            return b.toString();
        }
    }

    static String study(String engine, double budgetMs, int trials, long seed, int population) {
        String opts = engine.equals(HsconasEngine.ID)
                ? "{\"budget_ms\": %s, \"population\": %d, \"sample\": 6, \"shrink_every\": 2, \"top_k\": 8, \"rounds\": 3}".formatted(budgetMs, population)
                : "{\"population\": %d, \"sample\": 6}".formatted(population);
        return """
                {"format": "search/1", "name": "hsconas-bench-%s",
                 "space": {"id": "mbv2-ch", "resolution": 160, "classes": 1000, "device": "zc706-fpga"},
                 "objectives": [{"name": "macs_m", "goal": "maximize", "measure": "macs", "unit": "M"},
                                {"name": "lat_ms", "goal": "minimize", "measure": "space-latency"}],
                 "constraints": [{"name": "lat_ms", "max": %s}],
                 "engine": {"id": "%s", "options": %s},
                 "budget": {"trials": %d}, "seed": %d, "batch": 8}
                """.formatted(engine, budgetMs, engine, opts, trials, seed);
    }

    public static Result run(double budgetMs, int trials, long seed, int population) {
        Path dir = BenchFiles.folderWithBoard();
        long t0 = System.nanoTime();
        MiniRunner.Result h = MiniRunner.run(BenchFiles.study(dir, "h", study(HsconasEngine.ID, budgetMs, trials, seed, population)));
        double hs = (System.nanoTime() - t0) / 1e9;
        t0 = System.nanoTime();
        Study reaStudy = BenchFiles.study(dir, "r", study("rea", budgetMs, trials, seed, population));
        MiniRunner.Result r = MiniRunner.run(reaStudy);
        double rs = (System.nanoTime() - t0) / 1e9;
        HsconasEngine.Run run = (HsconasEngine.Run) h.run();
        return new Result(budgetMs, run.sizes(), run.layerChoices(), side("hsconas", h.trials(), budgetMs, population, hs),
                side("rea", r.trials(), budgetMs, population, rs));
    }

    static Side side(String engine, List<Trial> trials, double budget, int population, double seconds) {
        List<Trial> ok = trials.stream().filter(Trial::ok).toList();
        List<Trial> feasible = ok.stream().filter(t -> t.measures().get("lat_ms") <= budget).toList();
        Trial best = feasible.stream().max(java.util.Comparator.comparingDouble(t -> t.measures().get("macs_m"))).orElse(null);
        List<double[]> pts = new ArrayList<>();
        for (Trial t : feasible) {
            pts.add(new double[] {-t.measures().get("macs_m"), t.measures().get("lat_ms")});
        }
        double hv = pts.isEmpty() ? 0 : Hypervolume.of(pts, new double[] {0, budget});
        List<Trial> last = ok.subList(Math.max(0, ok.size() - population), ok.size());
        double[] use = last.stream().mapToDouble(t -> t.measures().get("lat_ms") / budget).toArray();
        return new Side(engine, trials.size(), best == null ? Double.NaN : best.measures().get("macs_m"),
                best == null ? Double.NaN : best.measures().get("lat_ms"), feasible.size() / (double) Math.max(1, ok.size()), hv,
                java.util.Arrays.stream(use).average().orElse(0), java.util.Arrays.stream(use).min().orElse(0),
                java.util.Arrays.stream(use).max().orElse(0), seconds);
    }
}
