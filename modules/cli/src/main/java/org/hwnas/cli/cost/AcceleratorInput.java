package org.hwnas.cli.cost;

import java.nio.file.Path;
import java.util.Locale;
import org.hwnas.cost.timeloop.TimeloopArchitecture;
import org.hwnas.cost.timeloop.TimeloopException;
import org.hwnas.model.accel.Accelerator;
import org.hwnas.model.accel.io.AcceleratorDocument;
import org.hwnas.model.doc.DocumentException;
import picocli.CommandLine.Option;

/** {@code --accel FILE [--ert YAML]} of the cost commands: our accelerator document or a Timeloop arch.yaml. */
final class AcceleratorInput {

    @Option(names = "--accel", required = true, paramLabel = "FILE",
            description = "a *.hwacc.json accelerator document, or a Timeloop arch.yaml (energies from --ert)")
    Path accel;

    @Option(names = "--ert", paramLabel = "YAML", description = "Accelergy ERT_summary.yaml energies for a Timeloop arch.yaml --accel")
    Path ert;

    boolean isTimeloop() {
        return isYaml(accel);
    }

    Accelerator read() throws DocumentException, TimeloopException {
        return isTimeloop() ? TimeloopArchitecture.read(accel, ert) : AcceleratorDocument.read(accel);
    }

    static boolean isYaml(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".yaml") || n.endsWith(".yml");
    }
}
