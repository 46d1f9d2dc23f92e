package org.hwnas.search.measure.cost;

import java.util.List;
import java.util.Optional;
import org.hwnas.cost.api.CostException;
import org.hwnas.mapper.MapperOptions;
import org.hwnas.mapper.Mappers;
import org.hwnas.mapper.NetworkMapper;
import org.hwnas.mapper.spi.Mapper;
import org.hwnas.model.accel.Accelerator;
import org.hwnas.model.network.LayerInfo;

/**
 * {@code "mapping": "mapper"}: per-layer best mappings (EDP objective) from the registered {@link Mapper}
 * service instead of the greedy heuristic. Every cost measure of a pair uses the same mappings, so energy,
 * cycles and EDP stay consistent; the budget is small per layer because a study maps every trial's network.
 *
 * @param mapper the service
 * @param budget evaluations per layer (also capped at {@link #MILLIS_PER_LAYER} ms of CPU)
 */
record MapperMapping(Mapper mapper, int budget) {
    static final int DEFAULT_BUDGET = 20_000;
    static final long MILLIS_PER_LAYER = 200;

    static Optional<MapperMapping> create(int budget) {
        return Mappers.getDefault().map(m -> new MapperMapping(m, budget));
    }

    /** What distinguishes its results from another configuration's in the cost cache. */
    String key() {
        return "mapper:" + mapper.id() + ":" + budget;
    }

    NetworkCost cost(List<LayerInfo> layers, Accelerator a) throws CostException {
        List<NetworkMapper.Layer> ls = layers.stream()
                .map(l -> new NetworkMapper.Layer(l.name(), l.loopBounds().orElseThrow())).toList();
        NetworkMapper.Result r = mapper.mapNetwork(a, ls, MapperOptions.defaults().withBudget(budget, MILLIS_PER_LAYER));
        return new NetworkCost(r.cycles(), r.energyPj(), a.clockMhz());
    }
}
