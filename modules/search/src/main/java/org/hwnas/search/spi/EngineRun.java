package org.hwnas.search.spi;

import java.util.List;
import org.hwnas.arch.Architecture;
import org.hwnas.search.api.Trial;

/** One engine's state during a study. Used by one thread at a time; closed by its owner when the study ends. */
public interface EngineRun extends AutoCloseable {

    /**
     * Up to {@code n} candidates to evaluate next; fewer (or none) when the engine cannot propose more
     * (e.g. random search has seen the whole space).
     */
    List<Architecture> ask(int n);

    /** Results of the last ask, in the order asked (failed evaluations included). */
    void tell(List<Trial> results);

    /**
     * The run's internal state now (population, space size, controller baseline, ...), called between
     * asks and tells by the thread using the run. Optional: the default reports nothing.
     */
    default EngineState state() {
        return EngineState.NONE;
    }

    /**
     * Releases what the run holds beyond memory (e.g. an optimizer thread); called once when the study's
     * run ends, however it ends. The default holds nothing.
     */
    @Override
    default void close() {
    }
}
