package org.hwnas.naas;

import org.hwnas.cost.api.CostException;
import org.hwnas.model.accel.Accelerator;
import org.hwnas.model.workload.LoopBounds;

/**
 * The inner level of the co-search: the best mapping of one layer shape on one design (objective: the
 * layer's EDP). Implementations are stateless and thread-safe; results depend only on the arguments.
 */
public interface MappingSearch {

    /** Short id for reports, e.g. {@code cmaes}, {@code mapper}. */
    String id();

    /**
     * @param warm a vector from an earlier design to start from (may be null; ignored by searches that do
     *             not use the encoding)
     * @throws CostException when no mapping of the layer fits the design
     */
    LayerResult search(Accelerator accel, LoopBounds layer, String name, double[] warm, long seed) throws CostException;
}
