package org.hwnas.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.hwnas.model.doc.DocumentException;
import org.hwnas.model.doc.DocumentKind;
import org.hwnas.model.doc.Problem;
import org.hwnas.model.doc.spi.DocumentValidator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code hwnas validate FILE...}: checks documents, one line per problem, exit 1 if any is invalid. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Check network, accelerator, mapping and search documents.",
                "Prints one line per problem (file:line:col: path: reason) and exits 1 if any document is invalid."})
final class ValidateCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "documents to check")
    List<Path> files;

    @Option(names = {"-q", "--quiet"}, description = "print problems only, not the OK lines")
    boolean quiet;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        int invalid = 0;
        for (Path file : files) {
            try {
                String summary = validate(file);
                if (!quiet) {
                    spec.commandLine().getOut().println("OK " + file + ": " + summary);
                }
            } catch (DocumentException e) {
                invalid++;
                for (Problem p : e.problems()) {
                    spec.commandLine().getErr().println(p);
                }
            }
        }
        spec.commandLine().getOut().flush();
        return invalid == 0 ? ExitCodes.OK : ExitCodes.INVALID;
    }

    static String validate(Path file) throws DocumentException {
        DocumentKind kind = DocumentKinds.detect(file);
        Optional<DocumentValidator> v = DocumentKinds.validator(kind);
        if (v.isEmpty()) {
            throw new DocumentException(new Problem(file.toString(), "", 0, 0,
                    "no validator for " + kind.formatName() + " documents in this build"));
        }
        return v.get().validate(file);
    }
}
