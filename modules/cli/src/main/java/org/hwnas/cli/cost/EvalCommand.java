package org.hwnas.cli.cost;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.hwnas.cost.api.CostException;
import org.hwnas.cost.api.CostModels;
import org.hwnas.cost.api.CostReport;
import org.hwnas.cost.spi.CostModel;
import org.hwnas.model.accel.Accelerator;
import org.hwnas.model.doc.DocumentException;
import org.hwnas.model.doc.DocumentWriter;
import org.hwnas.model.mapping.Mapping;
import org.hwnas.model.mapping.io.MappingDocument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code hwnas eval --accel A --mapping M [--json]}: evaluates one given mapping (the mapping carries its layer). */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Evaluate one mapping of one layer on an accelerator with an analytical cost model:",
                "per level x tensor reads, fills, updates and energy; totals cycles, energy, EDP, utilization."})
public final class EvalCommand implements Callable<Integer> {

    @Mixin
    AcceleratorInput accelerator;

    @Option(names = "--mapping", required = true, paramLabel = "FILE",
            description = "a *.hwmap.json mapping document (with its layer), or a Timeloop map.yaml (needs --problem)")
    Path mapping;

    @Option(names = "--problem", paramLabel = "YAML", description = "a Timeloop problem: the layer (overrides the mapping document's)")
    Path problem;

    @Option(names = "--layer", paramLabel = "NAME", description = "the layer: this compute layer of --net (overrides the mapping document's)")
    String layerName;

    @Option(names = "--net", paramLabel = "FILE", description = "a *.hwnet.json network document, for --layer")
    Path net;

    @Option(names = "--model", paramLabel = "ID", defaultValue = "loopnest", description = "cost model id (default ${DEFAULT-VALUE})")
    String model;

    @Option(names = "--json", description = "print JSON (schema hwnas.eval/1, docs/cli.md)")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            if (accelerator.ert != null && !accelerator.isTimeloop()) {
                err.println("--ert: only with a Timeloop arch.yaml as --accel");
                return 1;
            }
            Accelerator a = accelerator.read();
            if ((layerName == null) != (net == null) || layerName != null && problem != null) {
                err.println("--layer and --net go together, instead of --problem");
                return 1;
            }
            org.hwnas.model.workload.LoopBounds layer = problem == null ? null : org.hwnas.cost.timeloop.TimeloopProblem.read(problem);
            if (layerName != null) {
                org.hwnas.model.network.Network network = org.hwnas.model.network.io.NetworkDocument.read(net);
                org.hwnas.model.network.LayerInfo li = org.hwnas.model.network.NetworkAnalysis.of(network).computeLayers().stream()
                        .filter(x -> x.name().equals(layerName) && x.loopBounds().isPresent()).findFirst().orElse(null);
                if (li == null) {
                    err.println(net + ": no compute layer named '" + layerName + "'");
                    return 1;
                }
                layer = li.loopBounds().get();
            }
            Mapping m;
            if (AcceleratorInput.isYaml(mapping)) {
                if (layer == null) {
                    err.println(mapping + ": a Timeloop mapping needs --problem or --net/--layer (the layer it maps)");
                    return 1;
                }
                m = org.hwnas.cost.timeloop.TimeloopMapping.read(mapping, a, layer);
            } else {
                m = MappingDocument.read(mapping, a);
                if (layer != null) {
                    m = new Mapping(m.layerName(), layer, m.levels(), m.spatial(), m.accelerator());
                }
            }
            CostModel cm = CostModels.byId(model).orElse(null);
            if (cm == null) {
                err.println(mapping + ": unknown cost model '" + model + "' (known: "
                        + String.join(", ", CostModels.all().stream().map(CostModel::id).toList()) + ")");
                return 1;
            }
            CostReport r = cm.evaluate(a, m.bounds(), m);
            if (json) {
                ObjectNode o = JsonNodeFactory.instance.objectNode();
                o.put("schema", "hwnas.eval/1");
                o.put("accelerator", a.name());
                o.put("layer", m.layerName());
                CostOutput.putReport(o, r);
                out.print(DocumentWriter.toText(o));
            } else {
                out.println("layer " + m.layerName() + " " + m.bounds() + " on " + a.name() + " (model " + r.model() + ")");
                CostOutput.printReport(r, out);
            }
            out.flush();
            return 0;
        } catch (DocumentException e) {
            e.problems().forEach(err::println);
            return 1;
        } catch (CostException e) {
            e.reasons().forEach(x -> err.println(mapping + ": " + x));
            return 1;
        } catch (org.hwnas.cost.timeloop.TimeloopException e) {
            err.println(e.getMessage());
            return 1;
        } catch (IllegalArgumentException e) {
            err.println(mapping + ": " + e.getMessage());
            return 1;
        }
    }

}
