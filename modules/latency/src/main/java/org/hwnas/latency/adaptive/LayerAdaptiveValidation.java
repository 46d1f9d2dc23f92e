package org.hwnas.latency.adaptive;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import org.hwnas.arch.nb201.Nb201Cell;
import org.hwnas.model.network.zoo.Nb201Op;
import org.hwnas.latency.measured.ProfileOptions;
import org.hwnas.latency.measured.Profiler;
import org.hwnas.latency.measured.Timing;
import org.hwnas.latency.metrics.ErrorMetrics;
import org.hwnas.model.network.zoo.Nb201;

/**
 * The benchmark behind docs/latency-measured.md: measures N random NB201 cells end to end on this
 * machine and compares the layer-adaptive table and the plain per-layer LUT sum with the measurements.
 * <pre>java -cp modules/cli/target/hwnas-cli.jar org.hwnas.latency.adaptive.LayerAdaptiveValidation [N] [seed]</pre>
 */
public final class LayerAdaptiveValidation {
    private LayerAdaptiveValidation() {
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 0;
        ProfileOptions o = ProfileOptions.defaults().withRuns(LayerAdaptiveModel.RUNS);
        long t0 = System.nanoTime();
        LayerAdaptiveTable table = LayerAdaptiveProfiler.build(Nb201Op.NOR_CONV_3X3, o);
        double tableSeconds = (System.nanoTime() - t0) / 1e9;
        t0 = System.nanoTime();
        LayerAdaptiveProfiler.PlainLut lut = LayerAdaptiveProfiler.lutTable(Nb201Op.NOR_CONV_3X3, o);
        double lutSeconds = (System.nanoTime() - t0) / 1e9;
        SplittableRandom random = new SplittableRandom(seed);
        Set<Integer> codes = new LinkedHashSet<>();
        while (codes.size() < n) {
            codes.add(random.nextInt(Nb201Cell.COUNT));
        }
        double[] measured = new double[n];
        double[] adaptive = new double[n];
        double[] plain = new double[n];
        int i = 0;
        t0 = System.nanoTime();
        List<Nb201Cell> cells = codes.stream().map(Nb201Cell::new).toList();
        // the ground truth is measured in interleaved rounds too, so drift does not rank the cells
        List<Timing> truth = Profiler.interleaved(cells.stream().map(c -> Nb201.network(c.text())).toList(), o);
        for (Nb201Cell cell : cells) {
            measured[i] = truth.get(i).medianMs();
            adaptive[i] = table.estimateMs(cell);
            plain[i] = lut.estimateMs(cell);
            i++;
        }
        double measureSeconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf(Locale.ROOT, "%d random NB201 cells (seed %d), CPU, batch 1, 1 thread, median of %d runs%n", n, seed, o.runs());
        System.out.printf(Locale.ROOT, "layer-adaptive table: 25 networks in %.1f s; plain LUT: 5 networks in %.1f s; measuring %d cells: %.1f s%n",
                tableSeconds, lutSeconds, n, measureSeconds);
        System.out.println("plain LUT sum   vs measured: " + ErrorMetrics.of(measured, plain).summary());
        System.out.println("layer-adaptive  vs measured: " + ErrorMetrics.of(measured, adaptive).summary());
    }
}
