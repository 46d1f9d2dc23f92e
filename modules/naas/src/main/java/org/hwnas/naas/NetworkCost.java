package org.hwnas.naas;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.hwnas.cost.api.CostException;
import org.hwnas.mapper.LowerBound;
import org.hwnas.model.accel.Accelerator;

/**
 * A network on one design: the inner search's best mapping per distinct shape (searched in parallel, each
 * with its own seed, so the result does not depend on thread timing), cycles and energy summed with the
 * shape counts. Network EDP = total energy x total cycles, not the sum of per-layer EDPs [open choice:
 * the inner search minimizes per-layer EDP, the outer one the network's].
 *
 * @param design  the design
 * @param layers  one result per {@link Workload#shapes()} entry
 */
public record NetworkCost(Accelerator design, List<LayerResult> layers, long cycles, double energyPj, long evaluations) {

    public NetworkCost {
        layers = List.copyOf(layers);
    }

    /** J x cycles. */
    public double edp() {
        return energyPj * 1e-12 * cycles;
    }

    public double latencyMs() {
        return cycles / (design.clockMhz() * 1e3);
    }

    /**
     * The network's physical EDP lower bound on a design: (sum of per-layer {@code ceil(MACs / PEs)}) x (sum of
     * per-layer MAC energy + compulsory outermost-level traffic), from the mapper's {@link LowerBound}. Not
     * necessarily attainable (finite buffers), but no mapping or sizing at this PE count and DRAM can beat it.
     */
    public static double lowerBoundEdp(Accelerator design, Workload w) {
        long cycles = 0;
        double energy = 0;
        for (Workload.Shape s : w.shapes()) {
            LowerBound b = LowerBound.of(design, s.bounds());
            cycles += b.cycles() * s.count();
            energy += b.energyPj() * s.count();
        }
        return energy * 1e-12 * cycles;
    }

    /**
     * @param warm per shape a vector to start from (entries may be null), or null
     * @throws CostException naming every layer that does not fit
     */
    public static NetworkCost of(Accelerator design, Workload w, MappingSearch inner, double[][] warm, long seed) throws CostException {
        int n = w.shapes().size();
        LayerResult[] out = new LayerResult[n];
        String[] errors = new String[n];
        IntStream.range(0, n).parallel().forEach(i -> {
            Workload.Shape s = w.shapes().get(i);
            try {
                out[i] = inner.search(design, s.bounds(), s.layer(), warm == null ? null : warm[i], seed * 1_000_003L + i);
            } catch (CostException e) {
                errors[i] = String.join("; ", e.reasons());
            }
        });
        List<String> reasons = new ArrayList<>();
        for (String e : errors) {
            if (e != null && !reasons.contains(e)) {
                reasons.add(e);
            }
        }
        if (!reasons.isEmpty()) {
            throw new CostException(reasons);
        }
        long cycles = 0;
        double energy = 0;
        long evals = 0;
        for (int i = 0; i < n; i++) {
            int c = w.shapes().get(i).count();
            cycles += out[i].cycles() * c;
            energy += out[i].energyPj() * c;
            evals += out[i].evaluations();
        }
        return new NetworkCost(design, List.of(out), cycles, energy, evals);
    }
}
