package org.hwnas.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.hwnas.model.doc.DocumentException;
import org.hwnas.model.doc.DocumentKind;
import org.hwnas.model.doc.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code hwnas info FILE [--json]}: describes a network (per-layer table) or an accelerator. */
@Command(name = "info", mixinStandardHelpOptions = true,
        description = {"Describe a network (per layer: name, kind, output shape, MACs, params; totals)",
                "or an accelerator (PE array, parallel dimensions, memory levels, dataflow, clock)."})
final class InfoCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", description = "a *.hwnet.json or *.hwacc.json document")
    Path file;

    @Option(names = "--json", description = "print the stable JSON form (schema in docs/cli.md)")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try {
            DocumentKind kind = DocumentKinds.detect(file);
            switch (kind) {
                case NETWORK -> NetworkInfo.print(file, json, out);
                case ACCELERATOR -> AcceleratorInfo.print(file, json, out);
                default -> throw new DocumentException(new Problem(file.toString(), "", 0, 0,
                        "info describes networks and accelerators, not " + kind.formatName() + " documents"));
            }
            out.flush();
            return ExitCodes.OK;
        } catch (DocumentException e) {
            e.problems().forEach(spec.commandLine().getErr()::println);
            return ExitCodes.INVALID;
        }
    }
}
