package org.hwnas.mapper.spi;

import java.util.List;
import org.hwnas.cost.api.CostException;
import org.hwnas.mapper.MapperOptions;
import org.hwnas.mapper.MappingResult;
import org.hwnas.mapper.NetworkMapper;
import org.hwnas.model.accel.Accelerator;
import org.hwnas.model.workload.LoopBounds;

/**
 * A per-layer mapping search: the best mapping of a layer on a design, and whole networks as per-layer
 * bests summed. Implementations are thread-safe and registered with
 * {@code @ServiceProvider(service = Mapper.class)}; find them through the Lookup:
 * <pre>{@code
 * Mapper m = Mappers.byId("loopnest").orElseThrow();       // or Mappers.getDefault()
 * MappingResult r = m.map(accelerator, layer, "conv1", MapperOptions.defaults());
 * }</pre>
 * The {@link #id()} is stable: search documents and the CLI name a mapper by it. Results for the same
 * (design, layer shape, options) may be served from a cache, so callers must treat them as immutable.
 *
 * @since 0.1
 */
public interface Mapper {

    /** Stable identifier, e.g. {@code loopnest}. */
    String id();

    /** One line for listings. */
    String description();

    /** Whether this mapper can search mappings for designs like {@code accelerator}. */
    boolean supports(Accelerator accelerator);

    /**
     * The best mapping of one layer under {@code options} (objective, budget, constraints, algorithm).
     *
     * @throws CostException when no mapping fits or the constraints are impossible, naming level and dimension
     */
    MappingResult map(Accelerator accelerator, LoopBounds layer, String layerName, MapperOptions options) throws CostException;

    /** Best mappings of every layer (distinct shapes searched in parallel), summed. */
    NetworkMapper.Result mapNetwork(Accelerator accelerator, List<NetworkMapper.Layer> layers, MapperOptions options)
            throws CostException;
}
