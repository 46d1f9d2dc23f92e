package org.hwnas.methods.bench;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hwnas.methods.MiniRunner;
import org.hwnas.methods.RunStatus;
import org.hwnas.search.api.Trial;
import org.hwnas.search.study.Study;

/**
 * FNAS figures: the {@code fnas} engine with a latency spec against the same controller without one
 * (the "unconstrained" search), on NB201 cells (accuracy: NAS-Bench-201's CIFAR-10 test accuracy after
 * 200 epochs) x FPGA tiles on the ZC706-class board (latency: the FNAS tile model).
 */
public final class FnasBench {
    private FnasBench() {
    }

    /**
     * @param specMs        the spec
     * @param evaluated     trials (accuracy look-ups) of the constrained run
     * @param pruned        children pruned before evaluation (the saved evaluations)
     * @param sampled       controller samples in all
     * @param shareMeeting  share of the constrained run's evaluated archs within the spec (1.0 = all)
     * @param topShare      share of its top-10 (by accuracy) within the spec
     * @param bestAcc       best accuracy within the spec (constrained run)
     * @param bestLatMs     its latency
     * @param freeBestAcc   best accuracy of the unconstrained run
     * @param freeBestLatMs its latency
     * @param freeOvershootMax largest latency / spec among the unconstrained run's top-10
     * @param freeShareOver share of the unconstrained run's evaluated archs over the spec
     * @param status        the constrained run's engine status
     */
    public record Result(double specMs, int evaluated, long pruned, long sampled, double shareMeeting, double topShare,
                         double bestAcc, double bestLatMs, double freeBestAcc, double freeBestLatMs, double freeOvershootMax,
                         double freeShareOver, Map<String, Double> status, double seconds) {

        public double accuracyGap() {
            return freeBestAcc - bestAcc;
        }

        public String text() {
            StringBuilder b = new StringBuilder();
            b.append(String.format(Locale.ROOT, "FNAS on nb201 x fpga-tile (zc706-fpga), spec %.3f ms, %d evaluations each%n", specMs, evaluated));
            b.append(String.format(Locale.ROOT, "  constrained:   best acc %.2f %% at %.3f ms; %.0f %% of evaluated and %.0f %% of top-10 archs meet the spec%n",
                    bestAcc, bestLatMs, 100 * shareMeeting, 100 * topShare));
            b.append(String.format(Locale.ROOT, "  pruning:       %d controller samples; %d children first sampled over the spec: %.0f rescued by "
                    + "hardware re-sampling (%.0f re-samples), %d pruned with reward -1 and never evaluated (%.1f %% of all children)%n",
                    sampled, pruned + status.get("rescued_by_resampling").longValue(), status.get("rescued_by_resampling"),
                    status.get("hw_resamples"), pruned, 100.0 * pruned / Math.max(1, pruned + evaluated)));
            b.append(String.format(Locale.ROOT, "  unconstrained: best acc %.2f %% at %.3f ms (%.2fx the spec); top-10 overshoot up to %.2fx; "
                    + "%.0f %% of its evaluations spent on archs over the spec%n", freeBestAcc, freeBestLatMs, freeBestLatMs / specMs, freeOvershootMax,
                    100 * freeShareOver));
            b.append(String.format(Locale.ROOT, "  accuracy gap (unconstrained best - FNAS best within spec): %.2f points (%.1f s)%n",
                    accuracyGap(), seconds));
            return b.toString();
        }
    }

    static String study(String name, double specMs, int trials, long seed) {
        return """
                {"format": "search/1", "name": "%s",
                 "spaces": [{"name": "net", "id": "nb201"},
                            {"name": "hw", "id": "fpga-tile", "base": "zc706-fpga.hwacc.json",
                             "tm": [8, 16, 32, 64], "tn": [4, 8, 16, 32], "tr": [4, 8, 16, 32], "tc": [4, 8, 16, 32], "ports": [1, 2, 4, 8]}],
                 "objectives": [{"name": "acc", "goal": "maximize", "estimator": "nb201-table", "metric": "cifar10/test@200"}],
                 "measures": [{"name": "lat_ms", "measure": "fpga-latency"}],
                 "engine": {"id": "fnas", "options": {"spec_ms": %s, "hw_resamples": 10}},
                 "budget": {"trials": %d}, "seed": %d, "batch": 4}
                """.formatted(name, specMs, trials, seed);
    }

    public static Result run(double specMs, int trials, long seed) {
        long t0 = System.nanoTime();
        Path dir = BenchFiles.folderWithBoard();
        Study constrained = BenchFiles.study(dir, "fnas", study("fnas", specMs, trials, seed));
        Study free = BenchFiles.study(dir, "fnas-free", study("fnas-free", 0, trials, seed));
        MiniRunner.Result c = MiniRunner.run(constrained);
        MiniRunner.Result f = MiniRunner.run(free);
        List<Trial> ok = c.trials().stream().filter(Trial::ok).toList();
        List<Trial> fok = f.trials().stream().filter(Trial::ok).toList();
        double share = ok.stream().filter(t -> t.measures().get("lat_ms") <= specMs).count() / (double) Math.max(1, ok.size());
        List<Trial> top = top(ok);
        double topShare = top.stream().filter(t -> t.measures().get("lat_ms") <= specMs).count() / (double) Math.max(1, top.size());
        Trial best = ok.stream().filter(t -> t.measures().get("lat_ms") <= specMs).max(Comparator.comparingDouble(t -> t.measures().get("acc")))
                .orElseThrow(() -> new IllegalStateException("the FNAS run found nothing within " + specMs + " ms"));
        Trial fbest = fok.stream().max(Comparator.comparingDouble(t -> t.measures().get("acc"))).orElseThrow();
        double over = top(fok).stream().mapToDouble(t -> t.measures().get("lat_ms") / specMs).max().orElse(0);
        double fshare = fok.stream().filter(t -> t.measures().get("lat_ms") > specMs).count() / (double) Math.max(1, fok.size());
        Map<String, Double> status = ((RunStatus) c.run()).status();
        return new Result(specMs, c.trials().size(), status.get("pruned").longValue(), status.get("sampled").longValue(), share, topShare,
                best.measures().get("acc"), best.measures().get("lat_ms"), fbest.measures().get("acc"), fbest.measures().get("lat_ms"),
                over, fshare, status, (System.nanoTime() - t0) / 1e9);
    }

    private static List<Trial> top(List<Trial> ok) {
        return ok.stream().sorted(Comparator.comparingDouble((Trial t) -> t.measures().get("acc")).reversed()).limit(10).toList();
    }
}
