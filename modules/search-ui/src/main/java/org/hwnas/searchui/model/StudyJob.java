package org.hwnas.searchui.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hwnas.search.api.Objective;
import org.hwnas.search.api.Trial;
import org.hwnas.search.report.StudyReport;
import org.hwnas.search.run.ProgressListener;
import org.hwnas.search.run.ResumeException;
import org.hwnas.search.run.RunResult;
import org.hwnas.search.run.StudyRunner;
import org.hwnas.search.spi.EngineState;
import org.hwnas.search.store.SqliteTrialStore;
import org.hwnas.search.store.StoreException;
import org.hwnas.search.study.Study;

/**
 * One run of a study as the IDE starts it (no NetBeans types: the module adapts {@link Sink} to a
 * ProgressHandle and an Output tab). Trials go to the study's SQLite store as they finish, exactly as
 * {@code hwnas search} writes them, so the run can be resumed from the IDE or the command line.
 */
public final class StudyJob {

    /** Where the run reports; called from worker threads, one call at a time. */
    public interface Sink {
        void log(String line);

        void progress(int done, int budget);

        /** The engine's state after a told batch (from the run's thread); optional. */
        default void engineState(int batch, EngineState state) {
        }
    }

    private final Study study;
    private final boolean resume;
    private final Sink sink;
    private volatile StudyRunner runner;
    private volatile boolean cancelled;

    public StudyJob(Study study, boolean resume, Sink sink) {
        this.study = study;
        this.resume = resume;
        this.sink = sink;
    }

    public Study study() {
        return study;
    }

    /** Stops after the batch in flight (whose trials are all stored); a later Resume continues. */
    public void cancel() {
        cancelled = true;
        StudyRunner r = runner;
        if (r != null) {
            r.cancel();
        }
    }

    public RunResult run() throws StoreException, ResumeException, InterruptedException {
        sink.log(String.format(Locale.ROOT, "%s study %s: %s, budget %d trials%s, %d workers; store %s",
                resume ? "resuming" : "running", study.name(), study.engine().id(), study.budget().trials(),
                study.budget().seconds() > 0 ? String.format(Locale.ROOT, " / %.0f s", study.budget().seconds()) : "",
                study.workers(), study.storeFile()));
        try (SqliteTrialStore store = SqliteTrialStore.open(study.storeFile(), study.space(), study.fingerprint(), resume)) {
            StudyRunner r = new StudyRunner(study, store, listener());
            runner = r;
            if (cancelled) {
                r.cancel();
            }
            RunResult result = r.run();
            StudyReport report = new StudyReport(study.objectives(), result.trials());
            sink.log(String.format(Locale.ROOT, "study %s: %d trials (%d resumed, %d evaluated now), %d failed, %d infeasible; "
                    + "stopped: %s after %.1f s", study.name(), result.trials().size(), result.resumed(), result.evaluated(),
                    report.failed(), report.infeasible(), result.reason().name().toLowerCase(Locale.ROOT), result.elapsedMs() / 1000.0));
            sink.log(String.format(Locale.ROOT, "Pareto front: %d trials, hypervolume %.4f (normalised to the observed range)",
                    report.front().size(), report.hypervolume()));
            for (Trial t : report.front()) {
                sink.log("  front: " + line(t));
            }
            return result;
        }
    }

    private ProgressListener listener() {
        return new ProgressListener() {
            @Override
            public void trialFinished(Trial t, int done, int budget, long elapsedMs) {
                sink.log(line(t));
                sink.progress(done, budget);
            }

            @Override
            public void batchFinished(int batch, EngineState state) {
                if (!state.figures().isEmpty()) {
                    sink.log("engine after batch " + batch + ": " + state.text());
                }
                sink.engineState(batch, state);
            }
        };
    }

    /** e.g. {@code trial 12: accuracy 93.42, latency_ms 10.81 |nor_conv...|} or the failure. */
    String line(Trial t) {
        if (!t.ok()) {
            return "trial " + t.number() + ": FAILED: " + t.error();
        }
        List<String> parts = new ArrayList<>();
        for (Objective o : study.objectives()) {
            Double v = t.measures().get(o.name());
            parts.add(o.name() + " " + (v == null ? "-" : String.format(Locale.ROOT, "%.4g", v)));
        }
        return "trial " + t.number() + ": " + String.join(", ", parts) + (t.fitness().feasible() ? "" : " (infeasible)")
                + "  " + t.candidate().text();
    }
}
