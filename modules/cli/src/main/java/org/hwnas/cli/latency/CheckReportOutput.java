package org.hwnas.cli.latency;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import org.hwnas.latency.check.CheckReport;
import org.hwnas.latency.metrics.ErrorMetrics;
import org.hwnas.model.doc.DocumentWriter;

/** Prints a {@link CheckReport} as a table or as JSON (shared by latency-check and adapt). */
final class CheckReportOutput {
    private CheckReportOutput() {
    }

    static void text(CheckReport r, PrintWriter out) {
        out.println("model " + r.model() + " on " + r.device());
        out.println("fitted on: " + r.fittedOn());
        out.println("judged on: " + r.heldOut());
        int w = Math.max(9, r.predictors().keySet().stream().mapToInt(String::length).max().orElse(0));
        out.printf(Locale.ROOT, "%-" + w + "s  %8s  %9s  %7s  %7s  %7s%n", "predictor", "MAPE %", "RMSE ms", "Pearson", "SRCC", "Kendall");
        out.println("-".repeat(w + 48));
        for (Map.Entry<String, ErrorMetrics> e : r.predictors().entrySet()) {
            ErrorMetrics m = e.getValue();
            out.printf(Locale.ROOT, "%-" + w + "s  %8.2f  %9.4f  %7.4f  %7.4f  %7.4f%n", e.getKey(), m.mapePct(), m.rmseMs(), m.pearson(), m.spearman(), m.kendall());
        }
    }

    static void json(String schema, CheckReport r, PrintWriter out) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("schema", schema);
        o.put("model", r.model());
        o.put("device", r.device());
        o.put("fitted_on", r.fittedOn());
        o.put("judged_on", r.heldOut());
        ArrayNode list = o.putArray("predictors");
        r.predictors().forEach((name, m) -> {
            ObjectNode p = list.addObject();
            p.put("name", name);
            p.put("n", m.n());
            p.put("mape_pct", m.mapePct());
            p.put("rmse_ms", m.rmseMs());
            p.put("pearson", m.pearson());
            p.put("spearman", m.spearman());
            p.put("kendall", m.kendall());
        });
        out.print(DocumentWriter.toText(o));
    }
}
