package org.hwnas.cli.cost;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.hwnas.cli.JsonOutput;
import org.hwnas.cli.TextTable;
import org.hwnas.cost.api.CostException;
import org.hwnas.cost.api.CostReport;
import org.hwnas.mapper.MapperOptions;
import org.hwnas.mapper.MappingCache;
import org.hwnas.mapper.MappingResult;
import org.hwnas.mapper.NetworkMapper;
import org.hwnas.mapper.Objective;
import org.hwnas.model.accel.Accelerator;
import org.hwnas.model.doc.DocumentException;
import org.hwnas.model.doc.DocumentWriter;
import org.hwnas.model.mapping.io.MappingDocument;
import org.hwnas.model.network.LayerInfo;
import org.hwnas.model.network.Network;
import org.hwnas.model.network.NetworkAnalysis;
import org.hwnas.model.network.io.NetworkDocument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code hwnas map --net N --accel A [--layer NAME] [--objective edp|energy|cycles] [--json]}. */
@Command(name = "map", mixinStandardHelpOptions = true,
        description = {"Search the best mapping of every compute layer (conv2d, linear) of a network on an accelerator",
                "(loopnest cost model) and print per-layer results and network totals."})
public final class MapCommand implements Callable<Integer> {

    @Option(names = "--net", required = true, paramLabel = "FILE", description = "a *.hwnet.json network document")
    Path net;

    @Mixin
    AcceleratorInput accelerator;

    @Option(names = "--layer", paramLabel = "NAME", description = "map only this compute layer")
    String layer;

    @Option(names = "--objective", paramLabel = "O", defaultValue = "edp", description = "edp, energy or cycles (default ${DEFAULT-VALUE})")
    String objective;

    @Option(names = "--budget", paramLabel = "N", description = "evaluations per layer (default 300000)")
    Integer budget;

    @Option(names = "--time-limit-ms", paramLabel = "MS", description = "CPU-time cap per layer (default 600)")
    Long timeLimitMs;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "random seed (default ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--constraints", paramLabel = "YAML", split = ",",
            description = "Timeloop constraints honoured by the search: arch.yaml with inline constraints and/or "
                    + "mapspace/architecture constraints files (comma-separated)")
    List<Path> constraints;

    @Option(names = "--algorithm", paramLabel = "A", defaultValue = "auto",
            description = "auto (exhaustive when the space fits the budget, else local), exhaustive, local, genetic (default ${DEFAULT-VALUE})")
    String algorithm;

    @Option(names = "--json", description = "print JSON (schema hwnas.map/1, docs/cli.md)")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Objective obj;
        try {
            obj = Objective.valueOf(objective.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            err.println("--objective: '" + objective + "' is not one of edp, energy, cycles");
            return 1;
        }
        try {
            Accelerator a;
            try {
                a = accelerator.read();
            } catch (org.hwnas.cost.timeloop.TimeloopException e) {
                err.println(e.getMessage());
                return 1;
            }
            Network network = NetworkDocument.read(net);
            List<NetworkMapper.Layer> layers = new ArrayList<>();
            for (LayerInfo li : NetworkAnalysis.of(network).computeLayers()) {
                if (li.loopBounds().isPresent() && (layer == null || layer.equals(li.name()))) {
                    layers.add(new NetworkMapper.Layer(li.name(), li.loopBounds().get()));
                }
            }
            if (layers.isEmpty()) {
                err.println(net + ": " + (layer == null ? "the network has no compute layers (conv2d, linear)"
                        : "no compute layer named '" + layer + "'"));
                return 1;
            }
            MapperOptions o = MapperOptions.defaults().withObjective(obj).withSeed(seed)
                    .withAlgorithm(org.hwnas.mapper.SearchAlgorithm.parse(algorithm));
            if (constraints != null && !constraints.isEmpty()) {
                try {
                    o = o.withConstraints(org.hwnas.mapper.timeloop.TimeloopConstraints.read(a, constraints.toArray(Path[]::new)));
                } catch (org.hwnas.cost.timeloop.TimeloopException e) {
                    err.println(e.getMessage());
                    return 1;
                }
            }
            if (budget != null || timeLimitMs != null) {
                o = o.withBudget(budget != null ? budget : o.maxEvaluations(), timeLimitMs != null ? timeLimitMs : o.timeLimitMillis());
            }
            NetworkMapper.Result res = new NetworkMapper(a, o, new MappingCache()).map(layers);
            if (json) {
                printJson(a, network, obj, res, out);
            } else {
                printText(a, network, obj, res, out);
            }
            out.flush();
            return 0;
        } catch (DocumentException e) {
            e.problems().forEach(err::println);
            return 1;
        } catch (CostException e) {
            e.reasons().forEach(x -> err.println(net + ": " + x));
            return 1;
        } catch (IllegalArgumentException e) {
            err.println((e.getMessage() != null && e.getMessage().startsWith("unknown mapper algorithm") ? "--algorithm: " : net + ": ")
                    + e.getMessage());
            return 1;
        }
    }

    private void printText(Accelerator a, Network network, Objective obj, NetworkMapper.Result res, PrintWriter out) {
        out.println("network " + network.name() + " on " + a.name() + ", objective " + obj.key());
        TextTable t = new TextTable("layer", "MACs", "cycles", "energy pJ", "EDP", "util", "quality", "search ms").numeric(1, 2, 3, 4, 5, 6, 7);
        for (int i = 0; i < res.layers().size(); i++) {
            MappingResult r = res.results().get(i);
            CostReport c = r.report();
            t.row(res.layers().get(i).name(), TextTable.thousands(c.macs()), TextTable.thousands(c.cycles()),
                    String.format(Locale.ROOT, "%,.0f", c.energyPj()), String.format(Locale.ROOT, "%.4g", c.edp()),
                    String.format(Locale.ROOT, "%.3f", c.utilization()), String.format(Locale.ROOT, "%.3f", r.quality(obj)), r.millis());
        }
        t.print(out);
        out.printf(Locale.ROOT, "total: %s MACs, %s cycles, %,.0f pJ, EDP %.6g J x cycles%n", TextTable.thousands(res.macs()),
                TextTable.thousands(res.cycles()), res.energyPj(), res.edp());
    }

    private void printJson(Accelerator a, Network network, Objective obj, NetworkMapper.Result res, PrintWriter out) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("schema", "hwnas.map/1");
        o.put("network", network.name());
        o.put("accelerator", a.name());
        o.put("objective", obj.key());
        ArrayNode arr = o.putArray("layers");
        for (int i = 0; i < res.layers().size(); i++) {
            MappingResult r = res.results().get(i);
            ObjectNode lo = arr.addObject();
            lo.put("name", res.layers().get(i).name());
            CostOutput.putReport(lo, r.report());
            JsonOutput.putFinite(lo, "score", r.score());
            JsonOutput.putFinite(lo, "quality", r.quality(obj));
            lo.put("evaluated", r.evaluated());
            lo.put("exhaustive", r.exhaustive());
            lo.put("search_ms", r.millis());
            lo.set("mapping", MappingDocument.toJson(r.mapping()));
        }
        ObjectNode tot = o.putObject("totals");
        tot.put("macs", res.macs());
        tot.put("cycles", res.cycles());
        JsonOutput.putFinite(tot, "energy_pJ", res.energyPj());
        JsonOutput.putFinite(tot, "edp", res.edp());
        out.print(DocumentWriter.toText(o));
    }
}
