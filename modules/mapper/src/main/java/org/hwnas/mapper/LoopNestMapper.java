package org.hwnas.mapper;

import java.util.List;
import org.hwnas.cost.api.CostException;
import org.hwnas.cost.loopnest.LoopNestModel;
import org.hwnas.mapper.spi.Mapper;
import org.hwnas.model.accel.Accelerator;
import org.hwnas.model.workload.LoopBounds;
import org.openide.util.lookup.ServiceProvider;

/**
 * {@code loopnest}: {@link LayerMapper} on the loopnest cost model as a Lookup service, with one shared
 * {@link MappingCache} (a co-search revisits designs and layer shapes). The cache is emptied when it
 * reaches {@link #CACHE_LIMIT} entries so a long search cannot grow it without bound.
 */
@ServiceProvider(service = Mapper.class, position = 100)
public final class LoopNestMapper implements Mapper {
    public static final String ID = "loopnest";
    static final int CACHE_LIMIT = 100_000;
    private final MappingCache cache = new MappingCache();

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "Per-layer mapping search (exhaustive-with-pruning, local or genetic) on the loopnest model, Timeloop constraints";
    }

    @Override
    public boolean supports(Accelerator accelerator) {
        return new LoopNestModel().supports(accelerator);
    }

    @Override
    public MappingResult map(Accelerator accelerator, LoopBounds layer, String layerName, MapperOptions options) throws CostException {
        trim();
        return cache.get(accelerator, layer, layerName, options);
    }

    @Override
    public NetworkMapper.Result mapNetwork(Accelerator accelerator, List<NetworkMapper.Layer> layers, MapperOptions options)
            throws CostException {
        trim();
        return new NetworkMapper(accelerator, options, cache).map(layers);
    }

    private void trim() {
        if (cache.size() >= CACHE_LIMIT) {
            cache.clear();
        }
    }
}
