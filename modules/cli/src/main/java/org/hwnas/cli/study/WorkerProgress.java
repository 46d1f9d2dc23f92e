package org.hwnas.cli.study;

import java.io.PrintWriter;
import org.hwnas.search.api.Trial;
import org.hwnas.search.run.ProgressListener;

/**
 * A worker's progress as plain lines on stderr, at most one every {@code intervalMs} and one at the end
 * of the budget: {@code worker h:42: study s: 120/200 trials finished, 40 here (1 failed), 6.1 trials/s here}.
 */
final class WorkerProgress implements ProgressListener {
    private final PrintWriter err;
    private final String worker;
    private final String study;
    private final long intervalMs;
    private int here;
    private int failed;
    private long last = -1;

    WorkerProgress(PrintWriter err, String worker, String study, long intervalMs) {
        this.err = err;
        this.worker = worker;
        this.study = study;
        this.intervalMs = intervalMs;
    }

    @Override
    public void trialFinished(Trial t, int done, int budget, long elapsedMs) {
        here++;
        if (!t.ok()) {
            failed++;
        }
        if (last >= 0 && elapsedMs - last < intervalMs && done < budget) {
            return;
        }
        last = elapsedMs;
        err.printf("worker %s: study %s: %d/%d trials finished, %d here (%d failed), %.1f trials/s here%n", worker, study, done, budget,
                here, failed, elapsedMs <= 0 ? 0.0 : here * 1000.0 / elapsedMs);
        err.flush();
    }
}
