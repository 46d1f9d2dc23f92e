package org.hwnas.cli.search;

import java.io.PrintWriter;
import java.util.List;
import org.hwnas.search.api.Objective;
import org.hwnas.search.api.Trial;
import org.hwnas.search.run.ProgressListener;
import org.hwnas.search.spi.EngineState;

/**
 * Plain progress lines for logs and scripts (no {@code \r}, no redraws): one line after the first trial,
 * then at most one every {@code intervalMs}, and one after the last trial of the budget. Each line stands
 * alone:
 * {@code search NAME: 96/240 trials (40%), 2 failed, best accuracy 93.12, 11.8 trials/s, elapsed 0:08, ETA 0:12},
 * followed by the engine's state after its last told batch where the engine reports one
 * ({@code  | engine population 24, generation 3, offspring 0, proposed 96}).
 */
final class ProgressLines implements ProgressListener {
    private final PrintWriter err;
    private final String study;
    private final Objective first;
    private final long intervalMs;
    private final int startDone;
    private double best = Double.NaN;
    private int failed;
    private long lastLine = -1;
    private String engine = "";

    ProgressLines(PrintWriter err, String study, List<Objective> objectives, long intervalMs, int alreadyDone) {
        this.err = err;
        this.study = study;
        this.first = objectives.get(0);
        this.intervalMs = intervalMs;
        this.startDone = alreadyDone;
    }

    @Override
    public void trialFinished(Trial t, int done, int budget, long elapsedMs) {
        if (!t.ok()) {
            failed++;
        }
        Double v = t.measures().get(first.name());
        if (t.ok() && t.fitness().feasible() && v != null
                && (Double.isNaN(best) || first.goal().toMinimized(v) < first.goal().toMinimized(best))) {
            best = v;
        }
        if (lastLine >= 0 && elapsedMs - lastLine < intervalMs && done < budget) {
            return;
        }
        lastLine = elapsedMs;
        err.println(line(done, budget, elapsedMs));
        err.flush();
    }

    @Override
    public void batchFinished(int batch, EngineState state) {
        engine = state.figures().isEmpty() ? "" : " | engine " + state.text();
    }

    String line(int done, int budget, long elapsedMs) {
        int ranNow = done - startDone;
        double rate = elapsedMs <= 0 ? 0 : ranNow * 1000.0 / elapsedMs;
        String eta = ranNow <= 0 ? "--:--" : ProgressBar.clock(elapsedMs * (budget - done) / ranNow);
        return String.format("search %s: %d/%d trials (%d%%), %d failed, best %s %s, %.1f trials/s, elapsed %s, ETA %s",
                study, done, budget, (int) (100L * done / Math.max(1, budget)), failed, first.name(),
                Double.isNaN(best) ? "-" : String.format("%.4g", best), rate, ProgressBar.clock(elapsedMs), eta) + engine;
    }
}
