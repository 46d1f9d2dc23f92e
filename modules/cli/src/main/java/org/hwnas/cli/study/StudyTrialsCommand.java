package org.hwnas.cli.study;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.hwnas.cli.ExitCodes;
import org.hwnas.distributed.PgTrialStore;
import org.hwnas.distributed.StoredTrial;
import org.hwnas.distributed.StudyRecord;
import org.hwnas.search.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code hwnas study trials --storage URL --study NAME [--format csv|json]}: every trial row, pending and
 * running ones included; read-only, so it can watch a study while workers run.
 */
@Command(name = "trials", mixinStandardHelpOptions = true,
        description = "Print every trial of a shared study (pending and running ones too) as CSV or JSON; read-only.")
public final class StudyTrialsCommand implements Callable<Integer> {
    @Option(names = "--storage", required = true, paramLabel = "URL", description = "postgresql://host[:port]/database")
    String storage;

    @Option(names = "--study", required = true, paramLabel = "NAME", description = "the registered study")
    String study;

    enum Format { csv, json }

    @Option(names = "--format", paramLabel = "FORMAT", description = "csv (default) or json")
    Format format = Format.csv;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (PgTrialStore store = Storage.open(storage, "hwnas-watch", false)) {
            StudyRecord r = store.study(study);
            List<StoredTrial> rows = store.rows(r);
            if (format == Format.json) {
                out.println(json(r, rows).toPrettyString());
            } else {
                csv(out, rows);
            }
            out.flush();
            return ExitCodes.OK;
        } catch (StoreException e) {
            spec.commandLine().getErr().println("hwnas study trials: " + e.getMessage());
            return ExitCodes.INVALID;
        }
    }

    private static void csv(PrintWriter out, List<StoredTrial> rows) {
        TreeSet<String> names = new TreeSet<>();
        rows.forEach(t -> names.addAll(t.measures().keySet()));
        StringBuilder h = new StringBuilder("number,batch,status,attempts,worker");
        names.forEach(n -> h.append(',').append(n));
        out.println(h.append(",eval_ms,candidate,error"));
        for (StoredTrial t : rows) {
            StringBuilder b = new StringBuilder();
            b.append(t.number()).append(',').append(t.batch()).append(',').append(t.status().toLowerCase()).append(',')
                    .append(t.attempts()).append(',').append(quote(t.worker()));
            for (String n : names) {
                Double v = t.measures().get(n);
                b.append(',').append(v == null ? "" : v.toString());
            }
            b.append(',').append(t.finished() ? String.format(java.util.Locale.ROOT, "%.3f", t.evalMillis()) : "")
                    .append(',').append(quote(t.candidate())).append(',').append(quote(t.error()));
            out.println(b);
        }
    }

    private static String quote(String s) {
        if (s == null) {
            return "";
        }
        return s.contains(",") || s.contains("\"") || s.contains("\n") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }

    private static ObjectNode json(StudyRecord r, List<StoredTrial> rows) {
        ObjectMapper m = new ObjectMapper();
        ObjectNode o = m.createObjectNode();
        o.put("study", r.name());
        o.put("budget", r.budgetTrials());
        o.put("state", r.state());
        ArrayNode a = o.putArray("trials");
        for (StoredTrial t : rows) {
            ObjectNode j = a.addObject();
            j.put("number", t.number());
            j.put("batch", t.batch());
            j.put("status", t.status().toLowerCase());
            j.put("attempts", t.attempts());
            if (t.worker() != null) {
                j.put("worker", t.worker());
            }
            j.put("candidate", t.candidate());
            ObjectNode ms = j.putObject("measures");
            t.measures().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> ms.put(e.getKey(), e.getValue()));
            if (t.error() != null) {
                j.put("error", t.error());
            }
            if (t.finished()) {
                j.put("evalMs", Math.round(t.evalMillis() * 1000) / 1000.0);
            }
        }
        return o;
    }
}
