package org.hwnas.cli.latency;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.hwnas.arch.DataFileException;
import org.hwnas.latency.data.LatencyCsv;
import org.hwnas.latency.data.LatencyDataset;
import org.hwnas.latency.metrics.Monotonicity;
import org.hwnas.model.doc.DocumentWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code hwnas monotonicity}: the SRCC matrix between devices' latencies of the same cells. */
@Command(name = "monotonicity", mixinStandardHelpOptions = true,
        description = {"Latency monotonicity (OneProxy): Spearman rank correlation between the latencies of the",
                "same NB201 cells on every pair of devices. DATA.csv defaults to the shipped HELP/HW-NAS-Bench table."})
public final class MonotonicityCommand implements Callable<Integer> {

    @Parameters(arity = "0..1", paramLabel = "DATA.csv", description = "arch_str + one *_ms column per device")
    Path data;

    @Option(names = "--devices", split = ",", paramLabel = "a,b,...", description = "devices to compare (default: all in the table)")
    List<String> devices;

    @Option(names = "--json", description = "print JSON (schema hwnas.monotonicity/1, docs/latency.md)")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try {
            LatencyDataset table = data == null ? LatencyDataset.builtIn() : LatencyCsv.read(data);
            List<String> names = devices == null ? table.devices() : devices;
            names.forEach(table::values); // unknown device: one line listing the known ones
            Monotonicity m = Monotonicity.of(table, names);
            if (json) {
                json(m, out);
            } else {
                text(m, out);
            }
            out.flush();
            return 0;
        } catch (IllegalArgumentException | DataFileException e) {
            spec.commandLine().getErr().println("hwnas monotonicity: " + e.getMessage());
            return 1;
        }
    }

    private static void text(Monotonicity m, PrintWriter out) {
        List<String> d = m.devices();
        int w = d.stream().mapToInt(String::length).max().orElse(6);
        int c = Math.max(6, w);
        StringBuilder head = new StringBuilder(" ".repeat(w));
        d.forEach(name -> head.append("  ").append(String.format(Locale.ROOT, "%" + c + "s", name)));
        out.println(head);
        for (int i = 0; i < d.size(); i++) {
            StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "%-" + w + "s", d.get(i)));
            for (int j = 0; j < d.size(); j++) {
                row.append("  ").append(String.format(Locale.ROOT, "%" + c + ".3f", m.srcc()[i][j]));
            }
            out.println(row);
        }
    }

    private static void json(Monotonicity m, PrintWriter out) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("schema", "hwnas.monotonicity/1");
        ArrayNode names = o.putArray("devices");
        m.devices().forEach(names::add);
        ArrayNode pairs = o.putArray("pairs");
        for (int i = 0; i < m.devices().size(); i++) {
            for (int j = i + 1; j < m.devices().size(); j++) {
                ObjectNode p = pairs.addObject();
                p.put("a", m.devices().get(i));
                p.put("b", m.devices().get(j));
                p.put("cells", m.cells()[i][j]);
                p.put("spearman", m.srcc()[i][j]);
            }
        }
        out.print(DocumentWriter.toText(o));
    }
}
