package org.hwnas.cli.latency;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import org.hwnas.arch.DataFileException;
import org.hwnas.arch.nb201.Nb201Cell;
import org.hwnas.latency.data.LatencyCsv;
import org.hwnas.latency.lut.LutModel;
import org.hwnas.latency.network.NetworkLatencyModel;
import org.hwnas.latency.spi.LatencyModel;
import org.hwnas.model.doc.DocumentException;
import org.hwnas.model.doc.DocumentWriter;
import org.hwnas.model.network.Network;
import org.hwnas.model.network.io.NetworkDocument;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code hwnas predict}: latency estimates of NB201 archs or a network document from one latency model. */
@Command(name = "predict", mixinStandardHelpOptions = true,
        description = {"Estimate latency (ms) with a latency model: NB201 arch strings (--arch, repeatable)",
                "or a network document (--net, for models that estimate whole graphs, e.g. lut --lut FILE)."})
public final class PredictCommand implements Callable<Integer> {

    @Option(names = "--model", required = true, paramLabel = "ID", description = "latency model id (lut, learned, proxy-adapted, hwnasbench-table, ...)")
    String model;

    @Option(names = "--device", required = true, paramLabel = "D", description = "device, e.g. raspi4, pixel3, eyeriss, fpga, edgegpu, titan_rtx_32")
    String device;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Input input;

    static final class Input {
        @Option(names = "--arch", paramLabel = "STR", description = "NB201 arch string |op~0|+|op~0|op~1|+|op~0|op~1|op~2| (repeatable)")
        List<String> archs;

        @Option(names = "--net", paramLabel = "FILE", description = "a *.hwnet.json network document")
        Path net;
    }

    @Option(names = "--lut", paramLabel = "FILE", description = "lut: a table in the LUT format (docs/latency.md) instead of the derived NB201 one")
    Path lut;

    @Option(names = "--data", paramLabel = "FILE", description = "lut, learned, proxy-adapted: fit on this measured CSV (arch_str + one *_ms column per device) instead of the shipped tables")
    Path data;

    @Option(names = "--calibrate", paramLabel = "FILE", description = "lut: fit HSCoNAS's a*sum+b on these measured networks of --device (CSV: arch_str + <device>_ms)")
    Path calibrate;

    @Option(names = "--proxy", paramLabel = "P", description = "proxy-adapted: proxy device (default pixel3)")
    String proxy;

    @Option(names = "--samples", paramLabel = "N", description = "proxy-adapted: target samples (default 70: 60 fit + 10 validation)")
    Integer samples;

    @Option(names = "--json", description = "print JSON (schema hwnas.predict/1, docs/latency.md)")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            LatencyModel m = LatencyOptions.model(model, lut, data, proxy, samples, 1);
            if (calibrate != null) {
                if (!(m instanceof LutModel lm)) {
                    throw new IllegalArgumentException("--calibrate goes with --model lut, not " + model);
                }
                m = lm.calibrated(device, LatencyCsv.read(calibrate));
            }
            List<String> names = new ArrayList<>();
            List<OptionalDouble> values = new ArrayList<>();
            if (input.net != null) {
                if (!(m instanceof NetworkLatencyModel nm)) {
                    throw new IllegalArgumentException("model " + m.id() + " estimates " + String.join(", ", m.families())
                            + " archs only; --net needs a model that estimates whole networks (analytical, fpga-tile, or lut with --lut FILE)");
                }
                Network net = NetworkDocument.read(input.net);
                names.add(net.name());
                values.add(nm.latencyMs(net, device));
            } else {
                for (String a : input.archs) {
                    Nb201Cell cell = Nb201Cell.parse(a);
                    names.add(cell.text());
                    values.add(m.latencyMs(cell, device));
                }
            }
            if (json) {
                printJson(m, names, values, out);
            } else {
                for (int i = 0; i < names.size(); i++) {
                    OptionalDouble v = values.get(i);
                    out.println((v.isPresent() ? String.format(Locale.ROOT, "%10.4f ms", v.getAsDouble()) : "  (no value)")
                            + "  " + names.get(i));
                }
                out.println("model " + m.id() + " on " + device + ": " + m.description());
                if (m instanceof LutModel lm && !lm.correction(device).equals(org.hwnas.latency.lut.LinearCorrection.IDENTITY)) {
                    out.printf(java.util.Locale.ROOT, "correction: %.4f * sum %+.4f ms%n", lm.correction(device).a(), lm.correction(device).b());
                }
            }
            out.flush();
            return 0;
        } catch (IllegalArgumentException | DataFileException e) {
            err.println("hwnas predict: " + e.getMessage());
            return 1;
        } catch (DocumentException e) {
            e.problems().forEach(err::println);
            return 1;
        }
    }

    private void printJson(LatencyModel m, List<String> names, List<OptionalDouble> values, PrintWriter out) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("schema", "hwnas.predict/1");
        o.put("model", m.id());
        o.put("device", device);
        ArrayNode a = o.putArray("predictions");
        for (int i = 0; i < names.size(); i++) {
            ObjectNode p = a.addObject();
            p.put(input.net != null ? "network" : "arch", names.get(i));
            if (values.get(i).isPresent()) {
                p.put("latency_ms", values.get(i).getAsDouble());
            } else {
                p.putNull("latency_ms");
            }
        }
        out.print(DocumentWriter.toText(o));
    }
}
