package org.hwnas.cli.cost;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.hwnas.cli.TextTable;
import org.hwnas.cost.api.CostException;
import org.hwnas.cost.bench.CostBench;
import org.hwnas.mapper.LayerMapper;
import org.hwnas.mapper.MapperOptions;
import org.hwnas.mapper.MappingResult;
import org.hwnas.model.accel.Accelerator;
import org.hwnas.model.accel.io.AcceleratorDocument;
import org.hwnas.model.doc.DocumentException;
import org.hwnas.model.network.LayerInfo;
import org.hwnas.model.network.NetworkAnalysis;
import org.hwnas.model.network.io.NetworkDocument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code hwnas bench cost} (also {@code hwnas bench-cost}): cost-model evaluation rate (CostBench), mapper time
 * per layer of one network, and the whole network mapped in parallel (NetworkMapper, all cores).
 */
@Command(name = "bench-cost", mixinStandardHelpOptions = true,
        description = {"Benchmark the loopnest cost model (mapping evaluations per second, one core and all cores)",
                "and the mapper (time per compute layer of one example network)."})
public class BenchCostCommand implements Callable<Integer> {

    @Option(names = "--seconds", paramLabel = "S", defaultValue = "2", description = "seconds per evaluation-rate figure (default ${DEFAULT-VALUE})")
    double seconds;

    @Option(names = "--net", paramLabel = "FILE", defaultValue = "examples/networks/alexnet.hwnet.json",
            description = "network for the mapper timing (default ${DEFAULT-VALUE}); --net none skips it")
    Path net;

    @Option(names = "--accel", paramLabel = "FILE", defaultValue = "examples/accelerators/eyeriss-like.hwacc.json",
            description = "accelerator for the mapper timing (default ${DEFAULT-VALUE})")
    Path accel;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!(seconds > 0)) {
            err.println("--seconds: must be > 0, not " + seconds);
            return 1;
        }
        out.printf(Locale.ROOT, "machine: %s %s (%s), %d cores, Java %s (%s), max heap %d MiB%n",
                System.getProperty("os.name"), System.getProperty("os.version"), System.getProperty("os.arch"),
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                System.getProperty("java.vm.name"), Runtime.getRuntime().maxMemory() >> 20);
        out.println("cpu: " + cpuModel());
        out.flush();
        try {
            TextTable t = new TextTable("what", "threads", "evaluations/s", "bytes/eval").numeric(1, 2, 3);
            for (CostBench.Figure f : CostBench.run(seconds)) {
                t.row(f.what(), f.threads(), String.format(Locale.ROOT, "%,.0f", f.evaluationsPerSecond()),
                        String.format(Locale.ROOT, "%.1f", f.bytesPerEvaluation()));
            }
            t.print(out);
            out.flush();
            if (!net.toString().equals("none")) {
                Accelerator a = AcceleratorDocument.read(accel);
                out.println();
                out.println("mapper (EDP, default options, one thread) on " + a.name() + ": " + net);
                TextTable m = new TextTable("layer", "MACs", "evaluated", "exhaustive", "cpu ms", "wall ms").numeric(1, 2, 4, 5);
                long total = 0;
                for (LayerInfo li : NetworkAnalysis.of(NetworkDocument.read(net)).computeLayers()) {
                    if (li.loopBounds().isEmpty()) {
                        continue;
                    }
                    MappingResult r = LayerMapper.search(a, li.loopBounds().get(), li.name(), MapperOptions.defaults());
                    total += r.millis();
                    m.row(li.name(), TextTable.thousands(li.macs()), TextTable.thousands(r.evaluated()), r.exhaustive(), r.cpuMillis(), r.millis());
                }
                m.print(out);
                out.println("total mapper wall time: " + total + " ms");
                java.util.List<org.hwnas.mapper.NetworkMapper.Layer> layers = new java.util.ArrayList<>();
                for (LayerInfo li : NetworkAnalysis.of(NetworkDocument.read(net)).computeLayers()) {
                    li.loopBounds().ifPresent(b -> layers.add(new org.hwnas.mapper.NetworkMapper.Layer(li.name(), b)));
                }
                long start = System.nanoTime();
                org.hwnas.mapper.NetworkMapper.Result whole = new org.hwnas.mapper.NetworkMapper(a, MapperOptions.defaults(),
                        new org.hwnas.mapper.MappingCache()).map(layers);
                out.printf(Locale.ROOT, "whole network, distinct shapes in parallel on %d cores: %.2f s, %,d cycles, %.4g uJ, EDP %.4g J*cycle%n",
                        Runtime.getRuntime().availableProcessors(), (System.nanoTime() - start) / 1e9, whole.cycles(),
                        whole.energyPj() * 1e-6, whole.edp());
            }
            out.flush();
            return 0;
        } catch (DocumentException e) {
            e.problems().forEach(err::println);
            return 1;
        } catch (CostException e) {
            e.reasons().forEach(x -> err.println(net + ": " + x));
            return 1;
        }
    }

    private static String cpuModel() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                if (line.startsWith("model name")) {
                    return line.substring(line.indexOf(':') + 1).trim();
                }
            }
        } catch (java.io.IOException | RuntimeException e) {
            // not Linux: fall through
        }
        return "unknown";
    }
}
