package org.hwnas.mapper;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.hwnas.cost.api.CostException;
import org.hwnas.model.accel.Accelerator;
import org.hwnas.model.workload.LoopBounds;

/**
 * Best mappings per (layer shape, architecture, options): a network repeats shapes (ResNet-50 has 53
 * convolutions but far fewer distinct shapes) and a co-search revisits designs. Thread-safe.
 */
public final class MappingCache {
    private record Key(Accelerator accelerator, LoopBounds layer, MapperOptions options) {
    }

    private final Map<Key, MappingResult> results = new ConcurrentHashMap<>();

    /** The cached result, or a new search (its mapping keeps the name of the first layer searched). */
    public MappingResult get(Accelerator a, LoopBounds layer, String name, MapperOptions o) throws CostException {
        Key k = new Key(a, layer, o);
        MappingResult r = results.get(k);
        if (r == null) {
            r = LayerMapper.search(a, layer, name, o);
            MappingResult raced = results.putIfAbsent(k, r);
            if (raced != null) {
                r = raced;
            }
        }
        return r;
    }

    public int size() {
        return results.size();
    }

    /** Forgets every result. */
    public void clear() {
        results.clear();
    }
}
