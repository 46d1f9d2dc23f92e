package org.hwnas.cli.study;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.hwnas.cli.ExitCodes;
import org.hwnas.distributed.PgTrialStore;
import org.hwnas.distributed.StudyRecord;
import org.hwnas.distributed.StudySettings;
import org.hwnas.distributed.StudySummary;
import org.hwnas.search.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code hwnas study create STUDY --storage URL}: registers a study for workers. */
@Command(name = "create", mixinStandardHelpOptions = true,
        description = {"Register a study (*.hwsearch.json) in a shared store; then start 'hwnas worker' processes on it.",
                "Registering it again updates the budget and failure settings; a changed definition is refused."})
public final class StudyCreateCommand implements Callable<Integer> {
    @Parameters(paramLabel = "STUDY", description = "the study document")
    Path file;

    @Option(names = "--storage", required = true, paramLabel = "URL", description = "postgresql://host[:port]/database")
    String storage;

    @Option(names = "--name", paramLabel = "NAME", description = "register under this name (default: the study's name)")
    String name;

    @Option(names = "--retries", paramLabel = "N", description = "runs again a trial whose worker was lost up to N times (default 2)")
    int retries = StudySettings.DEFAULT.maxRetries();

    @Option(names = "--heartbeat-timeout", paramLabel = "SECONDS",
            description = "a running trial without a heartbeat for this long belongs to a lost worker (default 60)")
    double heartbeatTimeout = StudySettings.DEFAULT.heartbeatTimeoutMs() / 1000.0;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        StudySettings settings;
        try {
            settings = new StudySettings(retries, (int) Math.round(heartbeatTimeout * 1000));
        } catch (IllegalArgumentException e) {
            err.println("hwnas study create: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        Storage.Document doc = Storage.read(file, err);
        if (doc == null) {
            return ExitCodes.INVALID;
        }
        String n = name != null ? name : doc.study().name();
        try (PgTrialStore store = Storage.open(storage, "hwnas-study", true)) {
            StudyRecord r = store.register(doc.study(), n, file, doc.text(), settings, false);
            StudySummary s = store.summary(r);
            out.printf("study %s registered in %s: %d/%d trials finished, batch %d, retries %d, heartbeat timeout %.1f s%n",
                    r.name(), store.location().display(), s.finished(), r.budgetTrials(), r.batch(), r.settings().maxRetries(),
                    r.settings().heartbeatTimeoutMs() / 1000.0);
            out.printf("start workers with: hwnas worker --storage %s --study %s%n", store.location().display(), r.name());
            return ExitCodes.OK;
        } catch (StoreException e) {
            err.println("hwnas study create: " + e.getMessage());
            return ExitCodes.INVALID;
        }
    }
}
