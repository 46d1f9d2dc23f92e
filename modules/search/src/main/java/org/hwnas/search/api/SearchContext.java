package org.hwnas.search.api;

import java.util.List;
import org.hwnas.search.spi.SearchSpace;

/** What an engine run is started with. */
public record SearchContext(SearchSpace space, List<Objective> objectives, EngineOptions options, long seed) {

    public SearchContext {
        objectives = List.copyOf(objectives);
    }
}
