package org.hwnas.cli.study;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.hwnas.cli.ExitCodes;
import org.hwnas.cli.TextTable;
import org.hwnas.distributed.PgLocation;
import org.hwnas.distributed.PgTrialStore;
import org.hwnas.distributed.StudyRecord;
import org.hwnas.distributed.StudySettings;
import org.hwnas.distributed.Worker;
import org.hwnas.model.doc.DocumentException;
import org.hwnas.search.run.ProgressListener;
import org.hwnas.search.run.ResumeException;
import org.hwnas.search.store.StoreException;
import org.hwnas.search.study.Study;
import org.hwnas.search.study.StudyReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code hwnas study bench --storage URL}: trials/s of the shared store with 1, 2, 4, 8 workers. Each
 * worker is a thread with its own database connection (to the store that is the same as a process).
 * With {@code --trial-ms 0} the trials cost nothing, so the figure is the store's overhead ceiling;
 * with a trial cost T the speed-up over one worker shows how far the store lets workers scale.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Trials/s of a shared store with 1, 2, 4, 8 workers on synthetic trials (random search over NAS-Bench-201).")
public final class StoreBenchCommand implements Callable<Integer> {
    @Option(names = "--storage", required = true, paramLabel = "URL", description = "postgresql://host[:port]/database")
    String storage;

    @Option(names = "--trials", paramLabel = "N", description = "trials per run (default 400)")
    int trials = 400;

    @Option(names = "--workers", paramLabel = "LIST", split = ",", description = "worker counts (default 1,2,4,8)")
    List<Integer> workers = List.of(1, 2, 4, 8);

    @Option(names = "--trial-ms", paramLabel = "MS", description = "cost of one trial in ms (default 0: the store's overhead alone)")
    double trialMs = 0;

    @Option(names = "--batch", paramLabel = "N", description = "candidates per engine batch (default 32)")
    int batch = 32;

    @Option(names = "--repeat", paramLabel = "R", description = "runs per worker count; the fastest is reported (default 3)")
    int repeat = 3;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (trials < 1 || trials > 4000 || batch < 1 || repeat < 1 || repeat > 20 || !(trialMs >= 0) || trialMs > 60_000
                || workers.stream().anyMatch(w -> w < 1 || w > 64)) {
            err.println("hwnas study bench: need --trials 1..4000, --batch >= 1, --trial-ms 0..60000, --workers 1..64 each, --repeat 1..20");
            return ExitCodes.USAGE;
        }
        try {
            PgLocation location = PgLocation.parse(storage, System.getenv());
            TextTable t = new TextTable("workers", "trials", "seconds", "trials/s", "speed-up", "overhead ms/trial").numeric(0, 1, 2, 3, 4, 5);
            double base = 0;
            run(location, 2, Math.min(trials, 100)); // warm-up (JIT, connections), not reported
            for (int n : workers) {
                Worker.Result r = run(location, n, trials);
                for (int i = 1; i < repeat; i++) { // the fastest of R runs: other jobs on the machine only slow a run down
                    Worker.Result again = run(location, n, trials);
                    r = again.elapsedMs() < r.elapsedMs() ? again : r;
                }
                double s = r.elapsedMs() / 1000.0;
                double rate = r.evaluated() / s;
                base = base == 0 ? rate : base;
                // worker time per trial not spent evaluating: store round trips and waiting at the end of batches
                double overhead = n * s * 1000 / r.evaluated() - trialMs;
                t.row(n, r.evaluated(), f(s, 2), f(rate, 1), f(rate / base, 2), f(Math.max(0, overhead), 2));
            }
            out.printf("shared store %s: random search, batch %d, trials of %s ms, best of %d runs, %d cores here%n",
                    location.display(), batch, f(trialMs, 1), repeat, Runtime.getRuntime().availableProcessors());
            t.print(out);
            out.flush();
            return ExitCodes.OK;
        } catch (StoreException | ResumeException e) {
            err.println("hwnas study bench: " + e.getMessage());
            return ExitCodes.INVALID;
        } catch (DocumentException e) {
            err.println("hwnas study bench: " + e.problems());
            return ExitCodes.INTERNAL;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ExitCodes.INVALID;
        }
    }

    /** One run of {@code trials} trials by {@code n} workers in a study of its own, deleted afterwards. */
    private Worker.Result run(PgLocation location, int n, int trials) throws StoreException, ResumeException, DocumentException,
            InterruptedException {
        String name = "bench-" + n + "w-" + System.nanoTime();
        Study study = StudyReader.parse(Path.of(name + ".hwsearch.json"), document(name, trials));
        StudyRecord record;
        try (PgTrialStore store = PgTrialStore.open(location, "hwnas-bench", true)) {
            record = store.register(study, name, Path.of(name + ".hwsearch.json"), document(name, trials), StudySettings.DEFAULT, true);
        }
        Worker.Result r;
        try {
            r = new Worker(location, record, study, n, ProgressListener.NONE).run();
        } finally {
            try (PgTrialStore store = PgTrialStore.open(location, "hwnas-bench", false)) {
                store.delete(name);
            }
        }
        return r;
    }

    private String document(String name, int trials) {
        return """
                {"format": "search/1", "name": "%s", "space": {"id": "nb201"},
                 "objectives": [{"name": "work_ms", "goal": "minimize", "measure": "sleep", "ms": %s}],
                 "engine": {"id": "random"}, "budget": {"trials": %d}, "seed": 1, "batch": %d}
                """.formatted(name, Double.toString(trialMs), trials, batch);
    }

    private static String f(double v, int digits) {
        return String.format(Locale.ROOT, "%." + digits + "f", v);
    }
}
