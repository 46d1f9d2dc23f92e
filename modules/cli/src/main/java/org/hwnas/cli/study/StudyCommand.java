package org.hwnas.cli.study;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code hwnas study create|list|trials|delete|bench}: studies in a shared PostgreSQL store. */
@Command(name = "study", mixinStandardHelpOptions = true,
        description = {"Studies in a shared PostgreSQL trial store, run by any number of 'hwnas worker' processes.",
                "URL: postgresql://[user[:password]@]host[:port]/database[?sslmode=require&...].",
                "The password may instead come from PGPASSWORD or ~/.pgpass (never from the study document)."},
        subcommands = {StudyCreateCommand.class, StudyListCommand.class, StudyTrialsCommand.class, StudyDeleteCommand.class,
            StoreBenchCommand.class})
public final class StudyCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
