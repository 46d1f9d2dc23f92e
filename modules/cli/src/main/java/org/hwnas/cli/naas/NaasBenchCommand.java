package org.hwnas.cli.naas;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.hwnas.cli.ExitCodes;
import org.hwnas.cli.TextTable;
import org.hwnas.cost.api.CostException;
import org.hwnas.model.accel.Accelerator;
import org.hwnas.model.doc.DocumentException;
import org.hwnas.naas.HardwareSpace;
import org.hwnas.naas.NaasComparison;
import org.hwnas.naas.NetworkCost;
import org.hwnas.naas.Workload;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code hwnas naas-bench}: the EDP ratio table (Eyeriss / NAAS, sizing-only / NAAS) over several networks. */
@Command(name = "naas-bench", mixinStandardHelpOptions = true,
        description = {"Run the NAAS co-search and both baselines on each network and print the EDP ratios",
                "(paper anchors: 4.4x lower EDP than Eyeriss, 1.4-3.5x lower than sizing only)."})
public final class NaasBenchCommand implements Callable<Integer> {

    @Option(names = "--nets", split = ",", paramLabel = "NET", defaultValue = "resnet50,mobilenetv2,vgg16",
            description = "networks (bundled names or *.hwnet.json files; default ${DEFAULT-VALUE})")
    List<String> nets;

    @Option(names = "--quiet", description = "only the table")
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
        String current = "";
        try {
            Accelerator base = options.base();
            List<Workload> ws = new ArrayList<>();
            for (String n : nets) {
                current = n;
                ws.add(NaasOptions.workload(n));
            }
            TextTable t = new TextTable("network", "base EDP", "sizing-only EDP", "naas EDP", "base/naas", "sizing/naas",
                    "base/bound", "naas design", "s").numeric(1, 2, 3, 4, 5, 6, 8);
            for (Workload w : ws) {
                current = w.name();
                NaasComparison.Row r = options.comparison().run(base, w, NaasOptions.progress(o, quiet, 20));
                t.row(w.name(), f(r.eyeriss().edp()), f(r.sizingFinal().edp()), f(r.naasFinal().edp()),
                        String.format(Locale.ROOT, "%.2f", r.eyerissOverNaas()), String.format(Locale.ROOT, "%.2f", r.sizingOverNaas()),
                        String.format(Locale.ROOT, "%.2f", r.eyeriss().edp() / NetworkCost.lowerBoundEdp(base, w)),
                        r.naasFinal().design().name(), String.format(Locale.ROOT, "%.0f", r.seconds()));
            }
            o.printf(Locale.ROOT, "NAAS vs baselines at %d PEs and %,d on-chip bytes (base %s); outer CMA-ES %d evaluations, inner %s %d, seed %d%n",
                    base.totalPes(), HardwareSpace.onchipBytes(base), base.name(), options.hwEvals, options.inner, options.innerEvals,
                    options.seed);
            t.print(o);
            o.println("base = " + base.name() + " with its own best mappings. EDP in J x cycles (loopnest model); ratios > 1 mean NAAS is better.");
            o.println("Paper anchors (base Eyeriss): base/naas 4.4, sizing/naas 1.4-3.5.");
            o.printf(Locale.ROOT, "base/bound: the base's EDP over the EDP lower bound at %d PEs (ceil(MACs/PEs) cycles x (MAC + compulsory DRAM)%n",
                    base.totalPes());
            o.println("energy), an upper limit on what any design with these PEs and this DRAM could gain.");
            o.flush();
            return ExitCodes.OK;
        } catch (DocumentException e) {
            e.problems().forEach(err::println);
            return ExitCodes.INVALID;
        } catch (CostException e) {
            String n = current;
            e.reasons().forEach(x -> err.println(n + ": " + x));
            return ExitCodes.INVALID;
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return ExitCodes.INVALID;
        }
    }

    private static String f(double v) {
        return String.format(Locale.ROOT, "%.4g", v);
    }
}
