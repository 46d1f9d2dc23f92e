package org.hwnas.cli.study;

import java.util.concurrent.Callable;
import org.hwnas.cli.ExitCodes;
import org.hwnas.distributed.PgTrialStore;
import org.hwnas.search.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code hwnas study delete NAME --storage URL}: removes a study and all its trials. */
@Command(name = "delete", mixinStandardHelpOptions = true, description = "Delete a study and all its trials from a shared store.")
public final class StudyDeleteCommand implements Callable<Integer> {
    @Parameters(paramLabel = "NAME", description = "the registered study")
    String name;

    @Option(names = "--storage", required = true, paramLabel = "URL", description = "postgresql://host[:port]/database")
    String storage;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (PgTrialStore store = Storage.open(storage, "hwnas-study", false)) {
            if (!store.delete(name)) {
                spec.commandLine().getErr().println("hwnas study delete: no study '" + name + "' in " + store.location().display());
                return ExitCodes.INVALID;
            }
            spec.commandLine().getOut().println("deleted study " + name + " from " + store.location().display());
            return ExitCodes.OK;
        } catch (StoreException e) {
            spec.commandLine().getErr().println("hwnas study delete: " + e.getMessage());
            return ExitCodes.INVALID;
        }
    }
}
