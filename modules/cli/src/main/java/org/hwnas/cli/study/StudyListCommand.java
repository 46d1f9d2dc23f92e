package org.hwnas.cli.study;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.hwnas.cli.ExitCodes;
import org.hwnas.cli.TextTable;
import org.hwnas.distributed.PgTrialStore;
import org.hwnas.distributed.StudySummary;
import org.hwnas.search.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code hwnas study list --storage URL}. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "List the studies of a shared store and how far each is.")
public final class StudyListCommand implements Callable<Integer> {
    @Option(names = "--storage", required = true, paramLabel = "URL", description = "postgresql://host[:port]/database")
    String storage;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (PgTrialStore store = Storage.open(storage, "hwnas-study", false)) {
            List<StudySummary> all = store.studies();
            TextTable t = new TextTable("study", "finished", "budget", "ok", "failed", "running", "pending", "state").numeric(1, 2, 3, 4, 5, 6);
            for (StudySummary s : all) {
                t.row(s.name(), s.finished(), s.budgetTrials(), s.ok(), s.failed(), s.running(), s.pending(), s.state());
            }
            t.print(out);
            return ExitCodes.OK;
        } catch (StoreException e) {
            spec.commandLine().getErr().println("hwnas study list: " + e.getMessage());
            return ExitCodes.INVALID;
        }
    }
}
