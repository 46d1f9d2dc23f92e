package org.hwnas.cli.search;

import java.io.PrintWriter;
import java.util.List;
import org.hwnas.search.api.Objective;
import org.hwnas.search.api.Trial;
import org.hwnas.search.run.ProgressListener;

/**
 * A one-line progress bar redrawn in place ({@code \r}) on a terminal: trials, best value of the first
 * objective among feasible trials, ETA. Redraws at most ten times a second.
 */
final class ProgressBar implements ProgressListener {
    private static final int WIDTH = 30;
    private final PrintWriter err;
    private final Objective first;
    private final int startDone;
    private double best = Double.NaN;
    private long lastDraw;
    private int doneNow;

    ProgressBar(PrintWriter err, List<Objective> objectives, int alreadyDone) {
        this.err = err;
        this.first = objectives.get(0);
        this.startDone = alreadyDone;
    }

    @Override
    public void trialFinished(Trial t, int done, int budget, long elapsedMs) {
        doneNow = done;
        Double v = t.measures().get(first.name());
        if (t.ok() && t.fitness().feasible() && v != null
                && (Double.isNaN(best) || first.goal().toMinimized(v) < first.goal().toMinimized(best))) {
            best = v;
        }
        long now = System.currentTimeMillis();
        if (now - lastDraw < 100 && done < budget) {
            return;
        }
        lastDraw = now;
        int filled = (int) Math.round(WIDTH * Math.min(1.0, done / (double) budget));
        int ranNow = done - startDone;
        String eta = ranNow <= 0 ? "--:--" : clock(elapsedMs * (budget - done) / ranNow);
        err.printf("\r[%s%s] %d/%d trials  best %s %s  ETA %s ", "#".repeat(filled), ".".repeat(WIDTH - filled), done, budget,
                first.name(), Double.isNaN(best) ? "-" : String.format("%.4g", best), eta);
        err.flush();
    }

    /** Ends the bar's line so later output starts on a fresh one. */
    void finish() {
        if (lastDraw > 0) {
            err.println();
            err.flush();
        }
    }

    int done() {
        return doneNow;
    }

    static String clock(long ms) {
        long s = Math.max(0, ms / 1000);
        return s >= 3600 ? String.format("%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60) : String.format("%d:%02d", s / 60, s % 60);
    }
}
