package org.hwnas.search.engine;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
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

/**
 * {@code rea}: regularized (aging) evolution, Real et al. 2019. A queue of the last {@code population}
 * results; each child mutates the best of {@code sample} members drawn at random; the oldest member
 * dies. With several objectives "best" is the feasibility-first non-dominated rank within the
 * population, then crowding distance. Asks of more than one child draw all tournaments from the same
 * population (batched REA).
 */
@ServiceProvider(service = SearchEngine.class)
public final class RegularizedEvolution implements SearchEngine {
    public static final String ID = "rea";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "regularized evolution (aging tournament selection + mutation)";
    }

    @Override
    public List<OptionSpec> options() {
        return List.of(
                OptionSpec.integer("population", 50, 2, 100_000, "members kept (the oldest dies)"),
                OptionSpec.integer("sample", 10, 1, 100_000, "tournament size"));
    }

    @Override
    public int defaultBatch(SearchContext context) {
        return 8;
    }

    @Override
    public EngineRun start(SearchContext ctx) {
        int population = ctx.options().integer("population");
        int sample = Math.min(ctx.options().integer("sample"), population);
        Random rng = new Random(ctx.seed());
        Novelty novelty = new Novelty(ctx.space());
        Deque<Trial> queue = new ArrayDeque<>();
        return new EngineRun() {
            private int told;

            @Override
            public List<Architecture> ask(int n) {
                List<Architecture> out = new ArrayList<>(n);
                List<Trial> members = new ArrayList<>(queue);
                Ranking ranking = members.size() >= population ? Ranking.of(members) : null;
                while (out.size() < n && !novelty.exhausted()) {
                    if (ranking == null) {
                        out.add(novelty.fresh(() -> ctx.space().sample(rng), rng));
                    } else {
                        int best = -1;
                        for (int k = 0; k < sample; k++) {
                            int i = rng.nextInt(members.size());
                            if (best < 0 || ranking.better(i, best)) {
                                best = i;
                            }
                        }
                        Architecture parent = members.get(best).candidate();
                        out.add(novelty.fresh(() -> ctx.space().mutate(parent, rng), rng));
                    }
                }
                return out;
            }

            @Override
            public void tell(List<Trial> results) {
                for (Trial t : results) {
                    queue.addLast(t);
                    if (queue.size() > population) {
                        queue.removeFirst();
                    }
                }
                told += results.size();
            }

            /** The aging queue, oldest first; mutation starts once it is full. */
            @Override
            public EngineState state() {
                Map<String, Double> f = new LinkedHashMap<>();
                f.put("capacity", (double) population);
                f.put("told", (double) told);
                f.put("proposed", (double) novelty.size());
                return EngineState.population(List.copyOf(queue), f);
            }
        };
    }
}
