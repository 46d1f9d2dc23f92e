package org.hwnas.cost.spi;

import org.hwnas.cost.api.CostException;
import org.hwnas.cost.api.CostReport;
import org.hwnas.model.accel.Accelerator;
import org.hwnas.model.mapping.Mapping;
import org.hwnas.model.workload.LoopBounds;

/**
 * An analytical accelerator cost model: cycles, energy and per-level access counts of one layer.
 * <p>Implementations are stateless (or internally synchronized) and registered with
 * {@code @ServiceProvider(service = CostModel.class)}; find them with
 * <pre>{@code
 * for (CostModel m : Lookup.getDefault().lookupAll(CostModel.class)) { ... }
 * CostModels.byId("loopnest").orElseThrow();
 * }</pre>
 * The {@link #id()} is stable: documents and the CLI name a model by it.
 *
 * @since 0.1
 */
public interface CostModel {

    /** Stable identifier, e.g. {@code loopnest}, {@code systolic}. */
    String id();

    /** One line for listings. */
    String description();

    /** Whether this model can evaluate designs like {@code accelerator} at all. */
    boolean supports(Accelerator accelerator);

    /** True when {@link #evaluate} needs a mapping; false when the model fixes its own (systolic). */
    boolean needsMapping();

    /**
     * Evaluates one layer.
     *
     * @param mapping the mapping to evaluate; ignored (may be null) when {@link #needsMapping()} is false
     * @throws CostException when the inputs cannot be evaluated (invalid mapping, tile over capacity,
     *                       unsupported design), with a message naming the level and dimension or tensor
     */
    CostReport evaluate(Accelerator accelerator, LoopBounds layer, Mapping mapping) throws CostException;
}
