package org.hwnas.latency.lut;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.hwnas.arch.nb201.Nb201Cell;
import org.hwnas.latency.measured.Profile;
import org.hwnas.latency.measured.ProfileOptions;
import org.hwnas.latency.measured.Profiler;
import org.hwnas.latency.metrics.ErrorMetrics;
import org.hwnas.model.network.Network;
import org.hwnas.model.network.zoo.Nb201;

/**
 * The benchmark (not a test): a per-layer LUT profiled on this CPU from the five uniform NB201
 * cells, against the measured end-to-end latency of random connected cells; then HSCoNAS's a*sum+b
 * fitted on the first 10 of them and judged on the rest. Prints the figures of docs/latency.md.
 * Run: java -cp (test classpath) org.hwnas.latency.lut.CpuLutBenchmark [cells=50] [seed=1]
 */
public final class CpuLutBenchmark {
    private CpuLutBenchmark() {
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 1;
        ProfileOptions perLayer = ProfileOptions.defaults().withPerLayer(true);
        ProfileOptions endToEnd = ProfileOptions.defaults().withPerLayer(false);
        long t0 = System.nanoTime();
        List<Network> cover = ProfiledLut.nb201Cover().stream().map(c -> Nb201.network(c.text())).toList();
        List<Profile> profiles = cover.stream().map(net -> Profiler.profile(net, perLayer)).toList();
        LutModel lut = LutModel.of(ProfiledLut.of("cpu", cover, profiles), Map.of());
        System.out.printf("LUT: %d entries from %d profiled networks in %.1f s (%s)%n",
                lut.table().entries("cpu").size(), cover.size(), (System.nanoTime() - t0) / 1e9, profiles.get(0).engine());
        Random rnd = new Random(seed);
        List<Double> sums = new ArrayList<>();
        List<Double> measured = new ArrayList<>();
        while (sums.size() < n) {
            Nb201Cell c = new Nb201Cell(rnd.nextInt(Nb201Cell.COUNT));
            if (c.outputDisconnected()) {
                continue;
            }
            Network net = Nb201.network(c.text());
            sums.add(lut.latencyMs(net, "cpu").orElseThrow());
            measured.add(Profiler.profile(net, endToEnd).endToEnd().medianMs());
        }
        double[] s = sums.stream().mapToDouble(Double::doubleValue).toArray();
        double[] m = measured.stream().mapToDouble(Double::doubleValue).toArray();
        System.out.println("sum of LUT vs measured, " + n + " cells: " + ErrorMetrics.of(m, s).summary());
        int k = 10;
        LinearCorrection c = LinearCorrection.fit(java.util.Arrays.copyOf(s, k), java.util.Arrays.copyOf(m, k));
        double[] restS = java.util.Arrays.copyOfRange(s, k, n);
        double[] restM = java.util.Arrays.copyOfRange(m, k, n);
        System.out.printf("held-out %d cells, sum as is:      %s%n", n - k, ErrorMetrics.of(restM, restS).summary());
        System.out.printf("held-out %d cells, %.4f*sum%+.4f: %s%n", n - k, c.a(), c.b(), ErrorMetrics.of(restM, c.apply(restS)).summary());
        System.out.printf("total %.1f s%n", (System.nanoTime() - t0) / 1e9);
    }
}
