package org.hwnas.cli.study;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.hwnas.cli.ExitCodes;
import org.hwnas.distributed.PgLocation;
import org.hwnas.distributed.PgTrialStore;
import org.hwnas.distributed.StudyRecord;
import org.hwnas.distributed.StudySummary;
import org.hwnas.distributed.Worker;
import org.hwnas.search.run.ProgressListener;
import org.hwnas.search.run.ResumeException;
import org.hwnas.search.store.StoreException;
import org.hwnas.search.study.Study;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code hwnas worker --storage URL --study NAME [--threads N]}: works on a shared study until it is finished. */
@Command(name = "worker", mixinStandardHelpOptions = true,
        description = {"Evaluate trials of a study in a shared PostgreSQL store until its budget is spent.",
                "Start as many as you like, on any machines; each needs only database access.",
                "Ctrl-C stops after the trials in flight (those not done within 10 s go back to the study).",
                "A killed worker's trials are run again by the others after the heartbeat timeout."})
public final class WorkerCommand implements Callable<Integer> {
    @Option(names = "--storage", required = true, paramLabel = "URL",
            description = "postgresql://[user[:password]@]host[:port]/database[?sslmode=require]")
    String storage;

    @Option(names = "--study", required = true, paramLabel = "NAME", description = "the registered study (hwnas study create)")
    String study;

    @Option(names = "--threads", paramLabel = "N", description = "trials evaluated at once (default: the study's 'workers')")
    Integer threads;

    @Option(names = "--progress-every", paramLabel = "SECONDS", description = "seconds between progress lines on stderr (default 10; 0 = every trial)")
    double progressEvery = 10;

    @Option(names = "--quiet", description = "no progress lines")
    boolean quiet;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (threads != null && (threads < 1 || threads > 256)) {
            err.println("hwnas worker: --threads must be 1..256, got " + threads);
            return ExitCodes.USAGE;
        }
        if (!(progressEvery >= 0) || progressEvery > 86_400) {
            err.println("hwnas worker: --progress-every must be 0..86400 seconds, got " + progressEvery);
            return ExitCodes.USAGE;
        }
        try {
            PgLocation location = PgLocation.parse(storage, System.getenv());
            StudyRecord record;
            Study s;
            try (PgTrialStore store = PgTrialStore.open(location, "hwnas-worker", false)) {
                record = store.study(study);
                s = Storage.rebuild(record);
            }
            int n = threads != null ? threads : s.workers();
            String id = Worker.defaultId();
            ProgressListener progress = quiet ? ProgressListener.NONE
                    : new WorkerProgress(err, id, record.name(), Math.round(progressEvery * 1000));
            Worker worker = new Worker(location, record, s, n, progress);
            Worker.Result r = WorkerRuns.run(worker);
            StudySummary sum;
            try (PgTrialStore store = PgTrialStore.open(location, "hwnas-worker", false)) {
                sum = store.summary(store.study(study));
            }
            out.printf("worker %s: study %s: %d trials evaluated here (%d results dropped, %d lost trials taken back%s) in %.1f s;"
                    + " study %d/%d finished (%d failed); stopped: %s%n", worker.id(), record.name(), r.evaluated(), r.discarded(),
                    r.reaped(), r.reconnects() == 0 ? "" : ", " + r.reconnects() + " reconnections", r.elapsedMs() / 1000.0, sum.finished(), sum.budgetTrials(), sum.failed(), r.reason().name().toLowerCase());
            out.flush();
            return ExitCodes.OK;
        } catch (StoreException | ResumeException e) {
            err.println("hwnas worker: " + e.getMessage());
            err.flush();
            return ExitCodes.INVALID;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("hwnas worker: interrupted");
            return ExitCodes.INVALID;
        }
    }
}
