package org.hwnas.cli.search;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.hwnas.cli.ExitCodes;
import org.hwnas.search.api.Trial;
import org.hwnas.search.api.TrialStores;
import org.hwnas.search.report.StudyReport;
import org.hwnas.search.run.FitnessFunction;
import org.hwnas.search.store.StoreException;
import org.hwnas.search.store.TrialStore;
import org.hwnas.search.study.Measure;
import org.hwnas.search.study.Study;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code hwnas report STUDY [--storage URL [--study NAME]] [--format csv|json|png] [--output FILE]}: from the
 * trial store, never from memory. The store is read-only here ({@code TrialStores}), so a study can be
 * reported while it runs, in the SQLite file next to it or in a shared store.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Report a study from its trial store: every trial (csv), front + trials + hypervolume over time (json),",
                "or a scatter plot of the objectives with the Pareto front highlighted (png)."})
public final class ReportCommand implements Callable<Integer> {
    enum Format { csv, json, png }

    @Parameters(paramLabel = "STUDY", description = "the study document (its STUDY.db is read)")
    Path file;

    @Option(names = "--storage", paramLabel = "URL", description = {"read the trials from this store instead of the STUDY.db next to"
            + " the document:", "a shared study (postgresql://host[:port]/database) or another trial database file"})
    String storage;

    @Option(names = "--study", paramLabel = "NAME", description = "the name the study is registered under in --storage"
            + " (default: the document's name)")
    String registered;

    @Option(names = "--format", defaultValue = "csv", description = "csv, json or png (default: ${DEFAULT-VALUE})")
    Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "write here instead of stdout (png default: next to the study)")
    Path output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Study study = StudyFiles.read(file, err);
        if (study == null) {
            return ExitCodes.INVALID;
        }
        if (storage == null && registered != null) {
            err.println("hwnas report: --study names a study in a shared store; give --storage URL too");
            return ExitCodes.INVALID;
        }
        if (storage == null && !Files.isRegularFile(study.storeFile())) {
            err.println("hwnas report: no trials yet for " + file + " (" + study.storeFile().getFileName() + " does not exist); run: hwnas search " + file);
            return ExitCodes.INVALID;
        }
        List<Trial> trials;
        String where = storage != null ? storage : study.storeFile().toString();
        try (TrialStore store = TrialStores.openReadOnly(where, registered != null ? registered : study.name(), study.fingerprint())) {
            trials = store.trials(study.space(), new FitnessFunction(study.objectives(), study.constraints()));
        } catch (StoreException e) {
            err.println("hwnas report: " + e.getMessage());
            err.flush();
            return ExitCodes.INVALID;
        }
        StudyReport report = new StudyReport(study.objectives(), trials);
        try {
            switch (format) {
                case csv -> emit(csv(study, report));
                case json -> emit(json(study, report).toPrettyString() + "\n");
                case png -> {
                    Path png = output != null ? output : study.file().toAbsolutePath().resolveSibling(
                            study.file().getFileName().toString().replace(".hwsearch.json", "") + ".png");
                    ScatterPlot.write(report, study.name(), png);
                    spec.commandLine().getOut().println("wrote " + png);
                    spec.commandLine().getOut().flush();
                }
                default -> throw new IllegalStateException();
            }
        } catch (IOException e) {
            err.println("hwnas report: cannot write " + (output == null ? "the report" : output) + ": " + e.getMessage());
            return ExitCodes.INVALID;
        }
        return ExitCodes.OK;
    }

    private void emit(String text) throws IOException {
        if (output == null) {
            spec.commandLine().getOut().print(text);
            spec.commandLine().getOut().flush();
        } else {
            Files.writeString(output, text);
        }
    }

    static String csv(Study study, StudyReport report) {
        StringBuilder b = new StringBuilder("number,batch,status,feasible,on_front");
        for (Measure m : study.measures()) {
            b.append(',').append(m.name());
        }
        b.append(",eval_ms,candidate,error\n");
        for (Trial t : report.trials()) {
            b.append(t.number()).append(',').append(t.batch()).append(',').append(t.status().name().toLowerCase()).append(',')
                    .append(t.ok() && t.fitness().feasible()).append(',').append(report.onFront(t));
            for (Measure m : study.measures()) {
                Double v = t.measures().get(m.name());
                b.append(',').append(v == null ? "" : v.toString());
            }
            b.append(',').append(String.format("%.3f", t.evalMillis())).append(',').append(t.candidate().text())
                    .append(',').append(quote(t.error())).append('\n');
        }
        return b.toString();
    }

    private static String quote(String s) {
        if (s == null) {
            return "";
        }
        return s.contains(",") || s.contains("\"") || s.contains("\n") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }

    static ObjectNode json(Study study, StudyReport report) {
        ObjectNode o = TrialJson.JSON.createObjectNode();
        o.put("study", study.name());
        ArrayNode objectives = o.putArray("objectives");
        study.objectives().forEach(x -> objectives.addObject().put("name", x.name()).put("goal", x.goal().name().toLowerCase()));
        o.put("trials", report.trials().size());
        o.put("failed", report.failed());
        o.put("infeasible", report.infeasible());
        o.put("hypervolume", report.hypervolume());
        o.set("front", TrialJson.trials(report.front()));
        ArrayNode hv = o.putArray("hypervolumeOverTime");
        for (double v : report.hypervolumeOverTime()) {
            hv.add(Math.round(v * 1e6) / 1e6);
        }
        o.set("allTrials", TrialJson.trials(report.trials()));
        return o;
    }
}
