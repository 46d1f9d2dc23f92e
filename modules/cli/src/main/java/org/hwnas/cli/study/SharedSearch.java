package org.hwnas.cli.study;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hwnas.distributed.PgLocation;
import org.hwnas.distributed.PgTrialStore;
import org.hwnas.distributed.StudyRecord;
import org.hwnas.distributed.StudySettings;
import org.hwnas.distributed.Worker;
import org.hwnas.search.api.Trial;
import org.hwnas.search.run.ProgressListener;
import org.hwnas.search.run.ResumeException;
import org.hwnas.search.run.RunResult;
import org.hwnas.search.store.StoreException;
import org.hwnas.search.study.Study;

/**
 * {@code hwnas search STUDY --storage URL}: coordinator and worker in one process. Registers the study
 * (or checks it against the registered one), works on it like {@code hwnas worker} with the study's
 * {@code workers} threads, and returns every finished trial for the usual summary. Other workers may
 * join at any time; a killed run continues with {@code --resume}.
 */
public final class SharedSearch {
    private SharedSearch() {
    }

    /** The run's result, or null after printing one line to {@code err}. */
    public static RunResult run(Study study, Path file, String storage, boolean resume, ProgressListener listener, PrintWriter err) {
        try {
            PgLocation location = PgLocation.parse(storage, System.getenv());
            String text = Files.readString(file);
            StudyRecord record;
            int resumed;
            try (PgTrialStore store = PgTrialStore.open(location, "hwnas-search", true)) {
                StudySettings keep;
                try {
                    keep = store.study(study.name()).settings(); // settings given to 'study create' stay
                } catch (StoreException notYet) {
                    keep = StudySettings.DEFAULT;
                }
                record = store.register(study, study.name(), file, text, keep, !resume);
                resumed = store.finishedCount(record);
            }
            Worker worker = new Worker(location, record, study, study.workers(), listener);
            Worker.Result r = WorkerRuns.run(worker);
            List<Trial> trials;
            try (PgTrialStore store = PgTrialStore.open(location, "hwnas-search", false)) {
                trials = store.finished(store.study(study.name()), study.space(), worker.fitness());
            }
            return new RunResult(trials, resumed, r.evaluated(), r.reason(), r.elapsedMs());
        } catch (StoreException | ResumeException e) {
            err.println("hwnas search: " + e.getMessage());
        } catch (IOException e) {
            err.println("hwnas search: " + file + ": cannot read: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("hwnas search: interrupted");
        }
        err.flush();
        return null;
    }

    /** How the summary names where the trials are: the store and study, never the password. */
    public static String where(String storage, Study study) {
        try {
            return PgLocation.parse(storage, System.getenv()).display() + " (study " + study.name() + ")";
        } catch (StoreException e) {
            return PgLocation.redact(storage);
        }
    }
}
