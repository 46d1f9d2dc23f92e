package org.hwnas.search.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.hwnas.arch.Architecture;
import org.hwnas.search.api.OptionSpec;
import org.hwnas.search.api.SearchContext;
import org.hwnas.search.api.Trial;
import org.hwnas.search.spi.EngineRun;
import org.hwnas.search.spi.EngineState;
import org.hwnas.search.spi.SearchEngine;
import org.openide.util.lookup.ServiceProvider;

/** {@code random}: uniform samples without repeats until the space is exhausted. */
@ServiceProvider(service = SearchEngine.class)
public final class RandomSearch implements SearchEngine {
    public static final String ID = "random";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "uniform random sampling without repeats";
    }

    @Override
    public List<OptionSpec> options() {
        return List.of();
    }

    @Override
    public int defaultBatch(SearchContext context) {
        return 8;
    }

    @Override
    public EngineRun start(SearchContext context) {
        Random rng = new Random(context.seed());
        Novelty novelty = new Novelty(context.space());
        return new EngineRun() {
            @Override
            public List<Architecture> ask(int n) {
                List<Architecture> out = new ArrayList<>(n);
                while (out.size() < n && !novelty.exhausted()) {
                    out.add(novelty.fresh(() -> context.space().sample(rng), rng));
                }
                return out;
            }

            @Override
            public void tell(List<Trial> results) {
                // stateless beyond the seen set
            }

            @Override
            public EngineState state() {
                return EngineState.of(Map.of("proposed", (double) novelty.size()));
            }
        };
    }
}
