package org.hwnas.cli.latency;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.hwnas.cli.ExitCodes;
import org.hwnas.djl.DjlUnavailableException;
import org.hwnas.latency.measured.LayerTiming;
import org.hwnas.latency.measured.Profile;
import org.hwnas.latency.measured.ProfileLut;
import org.hwnas.latency.measured.ProfileOptions;
import org.hwnas.latency.measured.Profiler;
import org.hwnas.latency.measured.Timing;
import org.hwnas.model.doc.DocumentException;
import org.hwnas.model.doc.DocumentWriter;
import org.hwnas.model.network.Network;
import org.hwnas.model.network.io.NetworkDocument;
import org.hwnas.model.network.zoo.Nb201;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code hwnas profile NET}: real measured latency with DJL, end to end and per layer. */
@Command(name = "profile", mixinStandardHelpOptions = true,
        description = {"Measure a network's latency on this machine with DJL/PyTorch: warm-up runs, then timed runs;",
                "median and inter-quartile range end to end and for each layer run alone on its recorded input."})
public final class ProfileCommand implements Callable<Integer> {
    static final String SCHEMA = "hwnas.profile/1";

    @Parameters(paramLabel = "NET", description = "a *.hwnet.json network, or an NB201 arch string |op~0|+|op~0|op~1|+|...| (its CIFAR-10 network)")
    String net;

    @Option(names = "--runs", defaultValue = "" + ProfileOptions.DEFAULT_RUNS, paramLabel = "N", description = "timed runs (default: ${DEFAULT-VALUE})")
    int runs;

    @Option(names = "--warmup", defaultValue = "" + ProfileOptions.DEFAULT_WARMUP, paramLabel = "N", description = "untimed runs first (default: ${DEFAULT-VALUE})")
    int warmup;

    @Option(names = "--device", defaultValue = "cpu", description = "cpu or gpu (default: ${DEFAULT-VALUE})")
    String device;

    @Option(names = "--threads", defaultValue = "1", paramLabel = "N", description = "PyTorch intra-op threads (default: ${DEFAULT-VALUE}; see docs/latency-measured.md)")
    int threads;

    @Option(names = "--no-layers", description = "end to end only")
    boolean noLayers;

    @Option(names = "--lut", paramLabel = "FILE", description = "also append the per-layer medians as rows of a lut table (device,operator,input,output,ms)")
    Path lut;

    @Option(names = "--lut-device", defaultValue = "cpu", paramLabel = "NAME", description = "device name for the --lut rows (default: ${DEFAULT-VALUE})")
    String lutDevice;

    @Option(names = "--json", description = "print the hwnas.profile/1 JSON form")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            Network network = net.strip().startsWith("|") ? Nb201.network(net.strip()) : NetworkDocument.read(Path.of(net));
            if (lut != null && noLayers) {
                throw new IllegalArgumentException("--lut needs the per-layer profile; drop --no-layers");
            }
            Profile p = Profiler.profile(network, new ProfileOptions(warmup, runs, !noLayers, device, threads));
            if (lut != null) {
                ProfileLut.append(lut, ProfileLut.rows(network, p, lutDevice));
            }
            if (json) {
                out.print(DocumentWriter.toText(toJson(p)));
            } else {
                print(p, out);
            }
            out.flush();
            return ExitCodes.OK;
        } catch (DocumentException e) {
            e.problems().forEach(err::println);
            return ExitCodes.INVALID;
        } catch (DjlUnavailableException e) {
            err.println("hwnas profile: " + e.getMessage());
            return ExitCodes.INTERNAL;
        } catch (IllegalArgumentException | IllegalStateException | UncheckedIOException e) {
            err.println("hwnas profile: " + e.getMessage());
            return ExitCodes.INVALID;
        }
    }

    static void print(Profile p, PrintWriter out) {
        out.printf(Locale.ROOT, "%s, input %s, on %s (%s)%n", p.network(), p.input(), p.device(), p.engine());
        Timing t = p.endToEnd();
        out.printf(Locale.ROOT, "end to end: median %.3f ms, IQR %.3f ms (q1 %.3f, q3 %.3f, min %.3f), %d runs%n",
                t.medianMs(), t.iqrMs(), t.q1Ms(), t.q3Ms(), t.minMs(), t.runs());
        if (!p.layers().isEmpty()) {
            out.println();
            int w = Math.max(5, p.layers().stream().mapToInt(l -> l.name().length()).max().orElse(5));
            out.printf(Locale.ROOT, "%-" + w + "s  %-15s  %12s  %10s  %8s  %6s%n", "layer", "kind", "MACs", "median ms", "IQR ms", "share");
            out.println("-".repeat(w) + "  ---------------  ------------  ----------  --------  ------");
            double sum = p.layerSumMs();
            for (LayerTiming l : p.layers()) {
                out.printf(Locale.ROOT, "%-" + w + "s  %-15s  %12d  %10.4f  %8.4f  %5.1f%%%n", l.name(), l.kind().key(), l.macs(),
                        l.timing().medianMs(), l.timing().iqrMs(), 100 * l.timing().medianMs() / sum);
            }
            out.printf(Locale.ROOT, "%nsum of layers run alone: %.3f ms (%.2f x end to end)%n", sum, sum / t.medianMs());
        }
        out.printf(Locale.ROOT, "profiling took %.1f s%n", p.wallSeconds());
    }

    static ObjectNode toJson(Profile p) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("schema", SCHEMA);
        o.put("network", p.network());
        ArrayNode in = o.putArray("input_shape");
        for (int d : p.input().toArray()) {
            in.add(d);
        }
        o.put("device", p.device());
        o.put("engine", p.engine());
        o.set("end_to_end", timing(p.endToEnd()));
        ArrayNode layers = o.putArray("layers");
        for (LayerTiming l : p.layers()) {
            ObjectNode j = layers.addObject();
            j.put("name", l.name());
            j.put("kind", l.kind().key());
            j.put("macs", l.macs());
            j.setAll(timing(l.timing()));
        }
        if (!p.layers().isEmpty()) {
            o.put("layer_sum_ms", p.layerSumMs());
        }
        o.put("wall_seconds", p.wallSeconds());
        return o;
    }

    private static ObjectNode timing(Timing t) {
        ObjectNode j = JsonNodeFactory.instance.objectNode();
        j.put("median_ms", t.medianMs());
        j.put("iqr_ms", t.iqrMs());
        j.put("q1_ms", t.q1Ms());
        j.put("q3_ms", t.q3Ms());
        j.put("min_ms", t.minMs());
        j.put("runs", t.runs());
        return j;
    }
}
