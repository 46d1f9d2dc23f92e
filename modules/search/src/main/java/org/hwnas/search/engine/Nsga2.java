package org.hwnas.search.engine;

import java.util.ArrayList;
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
import org.hwnas.search.spi.SearchSpace;
import org.openide.util.lookup.ServiceProvider;

/**
 * {@code nsga2}: NSGA-II (Deb et al. 2002) in ask/tell form. Parents by binary tournament on
 * (feasibility-first rank, crowding distance); children by uniform crossover (probability
 * {@code crossover}) and per-gene mutation (probability {@code mutation}; at least one gene changes);
 * after every {@code population} children, environmental selection keeps the best {@code population} of
 * parents and children by rank, then crowding distance.
 * <p>Written here rather than taken from jMetal because jMetal's algorithms own the evaluation loop
 * (no ask/tell, so no resumable store, no parallel batches under our control); the ranking and crowding
 * are tested against jMetal's implementations.
 */
@ServiceProvider(service = SearchEngine.class)
public final class Nsga2 implements SearchEngine {
    public static final String ID = "nsga2";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "NSGA-II (non-dominated sorting + crowding, feasibility-first constraints)";
    }

    @Override
    public List<OptionSpec> options() {
        return List.of(
                OptionSpec.integer("population", 24, 4, 100_000, "parents kept per generation"),
                OptionSpec.real("crossover", 0.9, 0, 1, "probability of uniform crossover"),
                OptionSpec.real("mutation", 0.2, 0, 1, "per-gene mutation probability"));
    }

    @Override
    public int defaultBatch(SearchContext context) {
        return context.options().integer("population");
    }

    @Override
    public EngineRun start(SearchContext ctx) {
        return new Run(ctx);
    }

    private static final class Run implements EngineRun {
        private final SearchSpace space;
        private final int size;
        private final double pc;
        private final double pm;
        private final Random rng;
        private final Novelty novelty;
        private final List<Trial> initial = new ArrayList<>();
        private final List<Trial> offspring = new ArrayList<>();
        private List<Trial> population = List.of();
        private Ranking ranking;
        private int generation;

        Run(SearchContext ctx) {
            space = ctx.space();
            size = ctx.options().integer("population");
            pc = ctx.options().real("crossover");
            pm = ctx.options().real("mutation");
            rng = new Random(ctx.seed());
            novelty = new Novelty(space);
        }

        @Override
        public List<Architecture> ask(int n) {
            List<Architecture> out = new ArrayList<>(n);
            while (out.size() < n && !novelty.exhausted()) {
                out.add(population.isEmpty()
                        ? novelty.fresh(() -> space.sample(rng), rng)
                        : novelty.fresh(this::child, rng));
            }
            return out;
        }

        private Architecture child() {
            Architecture a = population.get(tournament()).candidate();
            Architecture b = population.get(tournament()).candidate();
            int[] genes = space.encode(rng.nextDouble() < pc ? space.crossover(a, b, rng) : a);
            boolean changed = false;
            for (int g = 0; g < genes.length; g++) {
                if (space.cardinality(g) > 1 && rng.nextDouble() < pm) {
                    genes[g] = (genes[g] + 1 + rng.nextInt(space.cardinality(g) - 1)) % space.cardinality(g);
                    changed = true;
                }
            }
            Architecture c = space.decode(genes);
            return changed && !c.equals(a) ? c : space.mutate(c, rng);
        }

        private int tournament() {
            int i = rng.nextInt(population.size());
            int j = rng.nextInt(population.size());
            return ranking.better(i, j) ? i : j;
        }

        @Override
        public void tell(List<Trial> results) {
            for (Trial t : results) {
                if (population.isEmpty() && initial.size() < size) {
                    initial.add(t);
                    if (initial.size() == size) {
                        setPopulation(new ArrayList<>(initial));
                    }
                } else {
                    offspring.add(t);
                    if (offspring.size() == size) {
                        select();
                    }
                }
            }
        }

        /**
         * The parents (before the first generation: the initial samples told so far), the generation
         * (selections done) and the children waiting for the next selection.
         */
        @Override
        public EngineState state() {
            Map<String, Double> f = new LinkedHashMap<>();
            f.put("generation", (double) generation);
            f.put("offspring", (double) offspring.size());
            f.put("proposed", (double) novelty.size());
            return EngineState.population(population.isEmpty() ? initial : population, f);
        }

        /** Keeps the best {@code size} of parents and children. */
        private void select() {
            List<Trial> merged = new ArrayList<>(population);
            merged.addAll(offspring);
            offspring.clear();
            Ranking r = Ranking.of(merged);
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < merged.size(); i++) {
                order.add(i);
            }
            order.sort(r.order());
            List<Trial> next = new ArrayList<>(size);
            for (int k = 0; k < size; k++) {
                next.add(merged.get(order.get(k)));
            }
            setPopulation(next);
            generation++;
        }

        private void setPopulation(List<Trial> p) {
            population = List.copyOf(p);
            ranking = Ranking.of(population);
        }
    }
}
