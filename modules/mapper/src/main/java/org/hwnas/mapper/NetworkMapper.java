package org.hwnas.mapper;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hwnas.cost.api.CostException;
import org.hwnas.model.accel.Accelerator;
import org.hwnas.model.workload.LoopBounds;

/**
 * Whole-network evaluation: the best mapping of every compute layer (distinct shapes searched in parallel,
 * repeated shapes served from the {@link MappingCache}), summed. Layers run one after another, so network
 * cycles and energy are sums and EDP is their product.
 */
public final class NetworkMapper {

    /** One compute layer of a network. */
    public record Layer(String name, LoopBounds bounds) {
    }

    /** Per-layer results in network order and the totals. */
    public record Result(List<Layer> layers, List<MappingResult> results, long cycles, double energyPj, long macs) {
        public double edp() {
            return energyPj * 1e-12 * cycles;
        }
    }

    private final Accelerator accelerator;
    private final MapperOptions options;
    private final MappingCache cache;

    public NetworkMapper(Accelerator accelerator, MapperOptions options, MappingCache cache) {
        this.accelerator = accelerator;
        this.options = options;
        this.cache = cache;
    }

    public Result map(List<Layer> layers) throws CostException {
        Map<LoopBounds, String> distinct = new LinkedHashMap<>();
        layers.forEach(l -> distinct.putIfAbsent(l.bounds(), l.name()));
        List<CostException> failures = new ArrayList<>();
        distinct.entrySet().parallelStream().forEach(e -> {
            try {
                cache.get(accelerator, e.getKey(), e.getValue(), options);
            } catch (CostException ex) {
                synchronized (failures) {
                    failures.add(ex);
                }
            }
        });
        if (!failures.isEmpty()) {
            List<String> reasons = new ArrayList<>();
            failures.forEach(f -> reasons.addAll(f.reasons()));
            throw new CostException(reasons);
        }
        List<MappingResult> results = new ArrayList<>();
        long cycles = 0;
        double energy = 0;
        long macs = 0;
        for (Layer l : layers) {
            MappingResult r = cache.get(accelerator, l.bounds(), l.name(), options);
            results.add(r);
            cycles += r.report().cycles();
            energy += r.report().energyPj();
            macs += r.report().macs();
        }
        return new Result(List.copyOf(layers), results, cycles, energy, macs);
    }
}
