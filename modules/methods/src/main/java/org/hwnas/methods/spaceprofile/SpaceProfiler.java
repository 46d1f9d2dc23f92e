package org.hwnas.methods.spaceprofile;

import java.util.ArrayList;
import java.util.List;
import org.hwnas.accuracy.nb201.Nb201TableEstimator;
import org.hwnas.accuracy.spi.AccuracyMetric;
import org.hwnas.arch.nb201.Nb201Cell;
import org.hwnas.model.network.zoo.Nb201Op;
import org.hwnas.latency.adaptive.LayerAdaptiveTable;
import org.hwnas.latency.measured.LayerTiming;
import org.hwnas.latency.measured.Profile;
import org.hwnas.latency.measured.ProfileOptions;
import org.hwnas.latency.measured.Profiler;
import org.hwnas.latency.measured.Timing;
import org.hwnas.model.network.Network;
import org.hwnas.model.network.zoo.Nb201;
import org.hwnas.model.network.zoo.Nb201Arch;

/**
 * Black-box profiling of NB201 block families on this machine (Zeng et al., METHODS.md section 1).
 * <p>Mapping onto NAS-Bench-201 (our choice): the "layers" are the six cell edges (an edge's op is
 * repeated in every cell, so swapping it is one substitution of the searched choice), the "blocks" the
 * five ops, and a <b>block family</b> is a backbone built from one typical op (default: 3x3 conv, 1x1 conv
 * and 3x3 average pooling backbones); NB201 has a single block set, so families differ in their base
 * network, which is what Zeng et al.'s Mobile / Res / VGG families also change. Per family: the base
 * network and its {@code 6 x 4} single substitutions.
 * <p>Accuracy: {@code nb201-table} (table accuracy, the paper's original scripts used tables too);
 * latency: the {@code measured} profiler (DJL, PyTorch CPU, batch 1, 1 thread), all networks of all
 * families timed together in interleaved rounds so the machine's drift hits them alike. The profiled
 * network may be the benchmark's (16 channels, 5 cells per stage) or a smaller one of the same shape
 * (fewer cells) to keep profiling to seconds; accuracies are the benchmark's either way.
 */
public final class SpaceProfiler {
    public static final List<Nb201Op> DEFAULT_FAMILIES = List.of(Nb201Op.NOR_CONV_3X3, Nb201Op.NOR_CONV_1X1, Nb201Op.AVG_POOL_3X3);
    public static final AccuracyMetric DEFAULT_METRIC = AccuracyMetric.parse("cifar10/test@200");

    /**
     * @param families     typical op of each family
     * @param cells        cells per stage of the profiled network (the benchmark has 5)
     * @param channels     its stem channels (the benchmark has 16)
     * @param profile      timing options (warm-up, runs, device, threads)
     * @param minimum      use each network's fastest run instead of its median: on a shared machine
     *                     interference only ever adds time, so the minimum is the steadier estimate
     */
    public record Options(List<Nb201Op> families, int cells, int channels, AccuracyMetric metric, ProfileOptions profile, boolean minimum) {
        public Options {
            families = List.copyOf(families);
            if (families.isEmpty()) {
                throw new IllegalArgumentException("profile at least one block family");
            }
            if (cells < 1 || cells > 5 || channels < 1 || channels > 64) {
                throw new IllegalArgumentException("cells per stage must be 1..5 and channels 1..64, got " + cells + " and " + channels);
            }
        }
    }

    /** What profiling measured: every SSBN, and the seconds it took. */
    public record Measurements(List<Ssbn> ssbns, double seconds) {
    }

    private SpaceProfiler() {
    }

    public static Network network(Nb201Cell cell, Options o) {
        return Nb201.network("nb201", Nb201Arch.parse(cell.text()), o.channels(), o.cells(), Nb201.CLASSES);
    }

    public static Measurements measure(Options o) {
        long t0 = System.nanoTime();
        Nb201TableEstimator table = new Nb201TableEstimator();
        List<Ssbn> pending = new ArrayList<>();
        for (Nb201Op typical : o.families()) {
            pending.add(new Ssbn(typical.token(), typical, -1, typical, 0, 0));
            for (int e = 0; e < Nb201Cell.EDGES; e++) {
                for (Nb201Op op : Nb201Op.values()) {
                    if (op != typical) {
                        pending.add(new Ssbn(typical.token(), typical, e, op, 0, 0));
                    }
                }
            }
        }
        List<Network> nets = pending.stream().map(s -> network(s.cell(), o)).toList();
        List<Timing> t = Profiler.interleaved(nets, o.profile().withPerLayer(false));
        List<Ssbn> out = new ArrayList<>();
        for (int i = 0; i < pending.size(); i++) {
            Ssbn s = pending.get(i);
            double acc = table.estimate(s.cell(), o.metric()).orElse(Double.NaN);
            out.add(new Ssbn(s.family(), s.typical(), s.edge(), s.op(), acc, o.minimum() ? t.get(i).minMs() : t.get(i).medianMs()));
        }
        return new Measurements(List.copyOf(out), (System.nanoTime() - t0) / 1e9);
    }

    /**
     * The layer-adaptive corrected LUT of one family (METHODS.md: {@code lat[i][j] = latTypicalLayer[i] +
     * (Lat_SSBN(i, j) - Lat_SSBN(i, typical))}): the end-to-end SSBN latencies from {@code ssbns}, the
     * typical layers' shares from a per-layer profile of the family's base network, rescaled to its
     * end-to-end latency so that the table reproduces every profiled network.
     */
    public static LayerAdaptiveTable correctedLut(List<Ssbn> ssbns, Nb201Op typical, Options o) {
        Ssbn base = ssbns.stream().filter(s -> s.typical() == typical && s.base()).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("family " + typical.token() + " was not profiled"));
        Profile p = Profiler.profile(network(base.cell(), o), o.profile().withPerLayer(true));
        double[] edges = new double[Nb201Cell.EDGES];
        double rest = 0;
        for (LayerTiming l : p.layers()) {
            int e = edgeOf(l.name());
            if (e >= 0) {
                edges[e] += o.minimum() ? l.timing().minMs() : l.timing().medianMs();
            } else {
                rest += o.minimum() ? l.timing().minMs() : l.timing().medianMs();
            }
        }
        double sum = 0;
        for (double v : edges) {
            sum += v;
        }
        double scale = base.latencyMs() / (sum + rest);
        for (int e = 0; e < edges.length; e++) {
            edges[e] *= scale;
        }
        return table(ssbns, typical, base.latencyMs(), edges, rest * scale);
    }

    /** The table from given shares (for tests: no profiling). */
    static LayerAdaptiveTable table(List<Ssbn> ssbns, Nb201Op typical, double typicalMs, double[] edgeShares, double rest) {
        double[][] ms = new double[Nb201Cell.EDGES][Nb201Op.values().length];
        for (double[] row : ms) {
            java.util.Arrays.fill(row, typicalMs);
        }
        for (Ssbn s : ssbns) {
            if (s.typical() == typical && !s.base()) {
                ms[s.edge()][s.op().ordinal()] = s.latencyMs();
            }
        }
        return new LayerAdaptiveTable(typical, typicalMs, edgeShares, rest, ms);
    }

    /** The edge (0..5) of a layer named {@code cells.k.edgeT_S.*}, -1 for layers outside the edges. */
    static int edgeOf(String layer) {
        int at = layer.indexOf(".edge");
        if (at < 0 || layer.length() < at + 8) {
            return -1;
        }
        int to = layer.charAt(at + 5) - '0';
        int from = layer.charAt(at + 7) - '0';
        for (int e = 0; e < Nb201Cell.EDGES; e++) {
            if (Nb201Cell.targetNode(e) == to && Nb201Cell.sourceNode(e) == from) {
                return e;
            }
        }
        return -1;
    }
}
