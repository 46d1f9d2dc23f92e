package org.hwnas.methods.fnas;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hwnas.arch.Architecture;
import org.hwnas.arch.JointArchitecture;
import org.hwnas.arch.NetworkCandidate;
import org.hwnas.arch.accel.FpgaTileDesign;
import org.hwnas.arch.nb201.Nb201Cell;
import org.hwnas.cost.fpga.FpgaTile;
import org.hwnas.cost.fpga.FpgaTileAnalysis;
import org.hwnas.model.accel.Accelerator;
import org.hwnas.model.accel.FpgaResources;
import org.hwnas.model.network.LayerInfo;
import org.hwnas.model.network.Network;
import org.hwnas.model.network.NetworkAnalysis;
import org.hwnas.model.workload.LoopBounds;
import org.hwnas.model.network.zoo.Nb201;

/**
 * FNAS's performance abstraction: the latency of a candidate network on a candidate FPGA tile design,
 * without training. Every conv/linear layer runs on the design's own tile {@code Tm x Tn x Tr x Tc}
 * ({@link FpgaTileAnalysis}, the {@code fpga-tile} cost model's formulas, Zhang et al. convention), layers
 * one after another; ms = cycles / clock. A layer the tile does not fit (BRAM for its kernel) makes the
 * design invalid for this network: {@link Result#valid()} false, FNAS's {@code HW_Eff = -1}.
 * <p>The network part is an NB201 cell (its CIFAR-10 network) or any {@link NetworkCandidate}. Layer
 * shapes are kept per network and results per (network, design) for the last few thousand pairs, since
 * the FNAS controller re-samples the hardware of one child up to k times.
 */
public final class FpgaLatency {
    private static final int KEEP = 4096;
    private static final Map<Architecture, List<LoopBounds>> LAYERS = lru(KEEP);
    private static final Map<List<Object>, Result> RESULTS = lru(4 * KEEP);

    private FpgaLatency() {
    }

    /**
     * @param ms     latency in ms, or NaN when invalid
     * @param reason why the design cannot run the network, or null
     */
    public record Result(double ms, String reason) {
        public boolean valid() {
            return reason == null;
        }

        /** Within a latency spec (ms); a spec of 0 or less means none. */
        public boolean meets(double specMs) {
            return valid() && (specMs <= 0 || ms <= specMs);
        }
    }

    /** The candidate's network part and FPGA design part, or an exception naming what is missing. */
    public static Result of(Architecture candidate) {
        Architecture net = networkPart(candidate);
        FpgaTileDesign hw = JointArchitecture.find(candidate, FpgaTileDesign.class).orElseThrow(() ->
                new IllegalArgumentException("FPGA latency needs a candidate with an fpga-tile part, got " + candidate.family()));
        return of(net, hw);
    }

    public static Result of(Architecture net, FpgaTileDesign hw) {
        List<Object> key = List.of(net, hw);
        synchronized (RESULTS) {
            Result r = RESULTS.get(key);
            if (r != null) {
                return r;
            }
        }
        Result r = compute(layers(net), hw);
        synchronized (RESULTS) {
            RESULTS.put(key, r);
        }
        return r;
    }

    static Result compute(List<LoopBounds> layers, FpgaTileDesign hw) {
        Accelerator a = hw.accelerator();
        FpgaResources fpga = a.fpgaResources().orElseThrow();
        long cycles = 0;
        for (LoopBounds b : layers) {
            FpgaTileAnalysis t = FpgaTileAnalysis.of(b, new FpgaTile(hw.tm(), hw.tn(), hw.tr(), hw.tc()), fpga, a.clockMhz(),
                    a.precisionBits());
            String over = t.overBudget(fpga);
            if (over != null) {
                return new Result(Double.NaN, over);
            }
            cycles += t.cycles();
        }
        return new Result(cycles / (a.clockMhz() * 1e3), null);
    }

    /** The first part that is a network: an NB201 cell or a {@link NetworkCandidate}. */
    public static Architecture networkPart(Architecture candidate) {
        return JointArchitecture.find(candidate, Nb201Cell.class).map(c -> (Architecture) c)
                .or(() -> JointArchitecture.find(candidate, NetworkCandidate.class))
                .orElseThrow(() -> new IllegalArgumentException("FPGA latency needs a network part (nb201, mbv2, fbnet, ...), got "
                        + candidate.family()));
    }

    private static List<LoopBounds> layers(Architecture net) {
        synchronized (LAYERS) {
            List<LoopBounds> l = LAYERS.get(net);
            if (l != null) {
                return l;
            }
        }
        Network n = net instanceof Nb201Cell c ? Nb201.network(c.text()) : ((NetworkCandidate) net).network();
        List<LoopBounds> out = new ArrayList<>();
        for (LayerInfo l : NetworkAnalysis.of(n).computeLayers()) {
            out.add(l.loopBounds().orElseThrow());
        }
        List<LoopBounds> l = List.copyOf(out);
        synchronized (LAYERS) {
            LAYERS.put(net, l);
        }
        return l;
    }

    private static <K, V> Map<K, V> lru(int keep) {
        return new LinkedHashMap<>(keep, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> e) {
                return size() > keep;
            }
        };
    }
}
