package org.hwnas.cli.search;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.hwnas.cli.ExitCodes;
import org.hwnas.search.report.StudyReport;
import org.hwnas.search.run.ProgressListener;
import org.hwnas.search.run.ResumeException;
import org.hwnas.search.run.RunResult;
import org.hwnas.search.run.StudyRunner;
import org.hwnas.search.store.SqliteTrialStore;
import org.hwnas.search.store.StoreException;
import org.hwnas.search.study.Study;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code hwnas search STUDY [--resume] [--workers N] [--json]}. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Run a search study (*.hwsearch.json); trials go to STUDY.db next to it as they finish.",
                "Ctrl-C stops after the trials in flight; --resume continues a stopped or killed study."})
public final class SearchCommand implements Callable<Integer> {

    @Parameters(paramLabel = "STUDY", description = "the study document")
    Path file;

    @Option(names = "--resume", description = "continue the trials already stored (refused if the study changed)")
    boolean resume;

    @Option(names = "--workers", paramLabel = "N", description = "evaluation threads (default: the study's 'workers'); results do not depend on it")
    Integer workers;

    @Option(names = "--json", description = "print the result as JSON (no progress bar)")
    boolean json;

    /** How progress is shown; {@code auto}: a bar on a terminal, plain lines otherwise (CI logs, scripts). */
    enum Progress { auto, bar, lines, none }

    @Option(names = "--progress", paramLabel = "MODE", description = "auto (default: a bar on a terminal, plain lines on stderr "
            + "otherwise), bar, lines or none")
    Progress progress = Progress.auto;

    @Option(names = "--progress-every", paramLabel = "SECONDS", description = "seconds between progress lines (default 10; 0 = every trial)")
    double progressEvery = 10;

    @Option(names = "--storage", paramLabel = "URL", description = "run in a shared PostgreSQL store (postgresql://host[:port]/db) "
            + "as coordinator and worker; other 'hwnas worker' processes may join")
    String storage;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Study study = StudyFiles.read(file, err);
        if (study == null) {
            return ExitCodes.INVALID;
        }
        if (workers != null) {
            if (workers < 1 || workers > 256) {
                err.println("hwnas search: --workers must be 1..256, got " + workers);
                return ExitCodes.USAGE;
            }
            study = study.withWorkers(workers);
        }
        if (!(progressEvery >= 0) || progressEvery > 86_400) {
            err.println("hwnas search: --progress-every must be 0..86400 seconds, got " + progressEvery);
            return ExitCodes.USAGE;
        }
        if (storage != null) { // shared store: org.hwnas.cli.study owns it
            ProgressBar bar = new ProgressBar(err, study.objectives(), 0);
            RunResult r = org.hwnas.cli.study.SharedSearch.run(study, file, storage, resume, listener(study, bar), err);
            bar.finish();
            if (r == null) {
                return ExitCodes.INVALID;
            }
            print(out, study, r, org.hwnas.cli.study.SharedSearch.where(storage, study));
            return ExitCodes.OK;
        }
        try (SqliteTrialStore store = SqliteTrialStore.open(study.storeFile(), study.space(), study.fingerprint(), resume)) {
            ProgressBar bar = new ProgressBar(err, study.objectives(), 0);
            StudyRunner runner = new StudyRunner(study, store, listener(study, bar));
            RunResult r = runWithCtrlC(runner);
            bar.finish();
            print(out, study, r, study.storeFile().toString());
            return ExitCodes.OK;
        } catch (StoreException | ResumeException e) {
            err.println("hwnas search: " + e.getMessage());
            err.flush();
            return ExitCodes.INVALID;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("hwnas search: interrupted");
            return ExitCodes.INVALID;
        }
    }

    private ProgressListener listener(Study study, ProgressBar bar) {
        Progress mode = progress;
        if (mode == Progress.auto) {
            mode = System.console() != null && !json ? Progress.bar : Progress.lines;
        }
        return switch (mode) {
            case bar -> bar;
            case lines -> new ProgressLines(spec.commandLine().getErr(), study.name(), study.objectives(),
                    Math.round(progressEvery * 1000), 0);
            default -> ProgressListener.NONE;
        };
    }

    /** Ctrl-C asks the runner to stop after the batch in flight and waits briefly for it. */
    private static RunResult runWithCtrlC(StudyRunner runner) throws StoreException, ResumeException, InterruptedException {
        CountDownLatch finished = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            runner.cancel();
            try {
                finished.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "hwnas-ctrl-c");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            return runner.run();
        } finally {
            finished.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // already shutting down: the hook is running
            }
        }
    }

    private void print(PrintWriter out, Study study, RunResult r, String where) {
        StudyReport report = new StudyReport(study.objectives(), r.trials());
        if (json) {
            out.println(resultJson(study, r, report, where).toPrettyString());
        } else {
            printSummary(out, study, r, report, where);
        }
        out.flush();
    }

    private void printSummary(PrintWriter out, Study study, RunResult r, StudyReport report, String where) {
        out.printf("study %s: %d trials (%d resumed, %d evaluated now), %d failed, %d infeasible; stopped: %s after %.1f s%n",
                study.name(), r.trials().size(), r.resumed(), r.evaluated(), report.failed(), report.infeasible(),
                r.reason().name().toLowerCase(), r.elapsedMs() / 1000.0);
        out.printf("Pareto front: %d trials, hypervolume %.4f (normalised to the observed range)%n", report.front().size(), report.hypervolume());
        FrontTable.print(out, study.objectives(), report.front());
        out.println("trials stored in " + where);
    }

    private static ObjectNode resultJson(Study study, RunResult r, StudyReport report, String where) {
        ObjectNode o = TrialJson.JSON.createObjectNode();
        o.put("study", study.name());
        o.put("store", where);
        o.put("trials", r.trials().size());
        o.put("resumed", r.resumed());
        o.put("evaluated", r.evaluated());
        o.put("failed", report.failed());
        o.put("infeasible", report.infeasible());
        o.put("stopped", r.reason().name().toLowerCase());
        o.put("elapsedMs", r.elapsedMs());
        o.put("hypervolume", report.hypervolume());
        o.set("front", TrialJson.trials(report.front()));
        return o;
    }
}
