package org.hwnas.naas;

import org.hwnas.cost.api.CostException;
import org.hwnas.mapper.LayerMapper;
import org.hwnas.mapper.MapperOptions;
import org.hwnas.mapper.MappingResult;
import org.hwnas.model.accel.Accelerator;
import org.hwnas.model.workload.LoopBounds;

/**
 * {@code mapper}: the project's mapper ({@link LayerMapper}: exhaustive when the space is small, else
 * sampling + local search) as the inner search. Used for the Eyeriss baseline ("its own best mappings")
 * and for the sizing-only baseline, where it keeps the base's dataflow preset (row-stationary); optional
 * for NAAS designs (their preset is {@code flexible}).
 *
 * @param options mapper options; the seed is replaced by the one passed to {@link #search}
 */
public record MapperMappingSearch(MapperOptions options) implements MappingSearch {

    @Override
    public String id() {
        return "mapper";
    }

    @Override
    public LayerResult search(Accelerator accel, LoopBounds layer, String name, double[] warm, long seed) throws CostException {
        MappingResult r = LayerMapper.search(accel, layer, name, options.withSeed(seed));
        return new LayerResult(r.mapping(), r.report().cycles(), r.report().energyPj(), null, r.evaluated());
    }
}
