package org.hwnas.search.spi;

import java.util.List;
import org.hwnas.search.api.OptionSpec;
import org.hwnas.search.api.SearchContext;

/**
 * A search strategy, used ask/tell: the runner asks for candidates, evaluates them (in parallel), then
 * tells the results back in the order asked. Registered with
 * {@code @ServiceProvider(service = SearchEngine.class)} and found by {@link #id()}.
 * <p>Determinism contract: an {@link EngineRun} draws randomness only from
 * {@link SearchContext#seed()}, so the same sequence of asks and tells gives the same proposals. The
 * runner relies on this to rebuild engine state on resume by replaying the trial store.
 */
public interface SearchEngine {

    /** Stable id used in documents ({@code "engine": {"id": "nsga2"}}). */
    String id();

    String description();

    /** The options this engine reads, with defaults and ranges. */
    List<OptionSpec> options();

    /** Candidates per ask when the study does not say ({@code batch}). */
    int defaultBatch(SearchContext context);

    EngineRun start(SearchContext context);

    /**
     * Why this engine cannot run on the context's space with its options, or null when it can. The study
     * reader reports the reason as a problem at {@code engine.id}, so {@link #start} is never reached
     * with a context it refuses.
     */
    default String incompatibility(SearchContext context) {
        return null;
    }
}
