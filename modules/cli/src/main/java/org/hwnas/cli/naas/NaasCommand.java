package org.hwnas.cli.naas;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.hwnas.cli.ExitCodes;
import org.hwnas.cli.TextTable;
import org.hwnas.cost.api.CostException;
import org.hwnas.model.accel.Accelerator;
import org.hwnas.model.accel.io.AcceleratorDocument;
import org.hwnas.model.doc.DocumentException;
import org.hwnas.model.mapping.io.MappingDocument;
import org.hwnas.naas.HardwareSpace;
import org.hwnas.naas.LayerResult;
import org.hwnas.naas.NaasComparison;
import org.hwnas.naas.NetworkCost;
import org.hwnas.naas.Workload;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code hwnas naas --net NET [--out DIR] [budget options]}: the NAAS co-search with its two baselines. */
@Command(name = "naas", mixinStandardHelpOptions = true,
        description = {"NAAS co-search (accelerator sizing + connectivity by CMA-ES, per-layer mapping inside) on one network,",
                "at the base design's PE count and on-chip bytes, with the Eyeriss and sizing-only baselines in the same run.",
                "Writes the best design (*.hwacc.json) and its per-layer mappings (*.hwmap.json) with --out."})
public final class NaasCommand implements Callable<Integer> {

    @Option(names = "--net", paramLabel = "NET", description = "resnet50, mobilenetv2, vgg16 or a *.hwnet.json file")
    String net;

    @Option(names = "--search-network", description = "also search the network (MobileNetV2-style space, regularized evolution) instead of --net")
    boolean searchNetwork;

    @Option(names = "--rounds", paramLabel = "N", defaultValue = "1", description = "with --search-network: network + accelerator rounds (default ${DEFAULT-VALUE})")
    int rounds;

    @Option(names = "--children", paramLabel = "N", defaultValue = "24", description = "with --search-network: networks evaluated per round (default ${DEFAULT-VALUE})")
    int children;

    @Option(names = "--accuracy", paramLabel = "ID", description = "with --search-network: accuracy for mbv2 networks, ID[:METRIC] of a registered estimator (e.g. zero-cost, zero-cost:mnist/naswot@0) or mbv2-macs-proxy (default)")
    String accuracy;

    @Option(names = "--min-top1", paramLabel = "PCT", description = "with --search-network: accuracy floor in percent (default: the reference MobileNetV2 1.0's estimate)")
    Double minTop1;

    @Option(names = "--out", paramLabel = "DIR", description = "write DIR/<design>.hwacc.json and DIR/mappings/<layer>.hwmap.json")
    Path out;

    @Option(names = "--quiet", description = "no progress lines")
    boolean quiet;

    @Mixin
    NaasOptions options;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter o = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String bad = options.check();
        if (bad != null) {
            err.println(bad);
            return ExitCodes.INVALID;
        }
        if ((net == null) == !searchNetwork) {
            err.println(searchNetwork ? "--net and --search-network exclude each other" : "give --net NET or --search-network");
            return ExitCodes.USAGE;
        }
        if (searchNetwork && (rounds < 1 || rounds > 100 || children < 1 || children > 100_000)) {
            err.println("--rounds must be 1..100 and --children 1..100000, got " + rounds + " and " + children);
            return ExitCodes.INVALID;
        }
        if (minTop1 != null && !(minTop1 >= 0 && minTop1 <= 100)) {
            err.println("--min-top1: must be a percentage 0..100, got " + minTop1);
            return ExitCodes.INVALID;
        }
        try {
            Accelerator base = options.base();
            if (searchNetwork) {
                return NetworkSearchRun.run(o, base, options, rounds, children, accuracy, minTop1 == null ? Double.NaN : minTop1, quiet, out);
            }
            Workload w = NaasOptions.workload(net);
            NaasComparison.Row r = options.comparison().run(base, w, NaasOptions.progress(o, quiet, 10));
            print(o, base, w, r);
            if (out != null) {
                write(o, r.naasFinal(), w);
            }
            o.flush();
            return ExitCodes.OK;
        } catch (DocumentException e) {
            e.problems().forEach(err::println);
            return ExitCodes.INVALID;
        } catch (CostException e) {
            e.reasons().forEach(x -> err.println(net + ": " + x));
            return ExitCodes.INVALID;
        } catch (IllegalArgumentException e) {
            err.println((options.base == null ? "" : options.base + ": ") + e.getMessage());
            return ExitCodes.INVALID;
        } catch (IOException e) {
            err.println(out + ": cannot write: " + e.getMessage());
            return ExitCodes.INVALID;
        }
    }

    static void print(PrintWriter o, Accelerator base, Workload w, NaasComparison.Row r) {
        o.printf(Locale.ROOT, "network %s: %d compute layers, %d shapes, %s MACs; budget %d PEs, %,d on-chip bytes (from %s)%n", w.name(),
                w.layers(), w.shapes().size(), TextTable.thousands(w.macs()), base.totalPes(), HardwareSpace.onchipBytes(base), base.name());
        TextTable t = new TextTable("design", "array", "cycles", "energy uJ", "EDP J*cycles", "EDP vs naas").numeric(2, 3, 4, 5);
        row(t, base.name() + " (own best mappings)", r.eyeriss(), r.naasFinal());
        row(t, "sizing only", r.sizingFinal(), r.naasFinal());
        row(t, "naas", r.naasFinal(), r.naasFinal());
        t.print(o);
        o.printf(Locale.ROOT, "naas: %s; %d designs proposed (%d distinct), %d inner evaluations; sizing only: %d proposed (%d distinct)%n",
                r.naasFinal().design().name(), r.naas().proposals(), r.naas().distinct(), r.naas().innerEvaluations(), r.sizing().proposals(),
                r.sizing().distinct());
        o.printf(Locale.ROOT, "EDP ratio: base / naas = %.2f, sizing only / naas = %.2f (%.1f s); base / lower bound = %.2f%n",
                r.eyerissOverNaas(), r.sizingOverNaas(), r.seconds(), r.eyeriss().edp() / NetworkCost.lowerBoundEdp(base, w));
    }

    private static void row(TextTable t, String label, NetworkCost c, NetworkCost naas) {
        var axes = c.design().array().axes();
        String array = axes.get(0).size() + "x" + axes.get(1).size() + " " + dims(axes.get(0).parallelDims()) + "|" + dims(axes.get(1).parallelDims());
        t.row(label, array, TextTable.thousands(c.cycles()), String.format(Locale.ROOT, "%,.1f", c.energyPj() / 1e6),
                String.format(Locale.ROOT, "%.4g", c.edp()), String.format(Locale.ROOT, "%.2fx", c.edp() / naas.edp()));
    }

    private static String dims(java.util.List<org.hwnas.model.workload.Dim> d) {
        StringBuilder b = new StringBuilder();
        d.forEach(x -> b.append(x.name()));
        return b.toString();
    }

    private void write(PrintWriter o, NetworkCost best, Workload w) throws IOException {
        Files.createDirectories(out.resolve("mappings"));
        Path accel = out.resolve(best.design().name() + ".hwacc.json");
        AcceleratorDocument.write(best.design(), accel);
        for (int i = 0; i < w.shapes().size(); i++) {
            LayerResult lr = best.layers().get(i);
            String file = w.shapes().get(i).layer().replaceAll("[^A-Za-z0-9_.-]", "_") + ".hwmap.json";
            MappingDocument.write(lr.mapping(), out.resolve("mappings").resolve(file));
        }
        o.println("wrote " + accel + " and " + w.shapes().size() + " mappings under " + out.resolve("mappings")
                + " (one per distinct layer shape, named after its first layer)");
    }
}
