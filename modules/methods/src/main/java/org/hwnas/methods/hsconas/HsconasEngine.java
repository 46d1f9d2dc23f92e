package org.hwnas.methods.hsconas;

import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.hwnas.arch.Architecture;
import org.hwnas.methods.RunStatus;
import org.hwnas.search.api.OptionSpec;
import org.hwnas.search.api.SearchContext;
import org.hwnas.search.api.Trial;
import org.hwnas.search.spi.EngineRun;
import org.hwnas.search.spi.EngineState;
import org.hwnas.search.spi.SearchEngine;
import org.openide.util.lookup.ServiceProvider;

/**
 * {@code hsconas}: HSCoNAS (Luo et al., DATE'21; METHODS.md section 2) on the {@code mbv2-ch} space.
 * Aging evolution (as {@code rea}: tournament of {@code sample} from the last {@code population}
 * results, one-gene mutation) where
 * <ul>
 * <li>every child is projected onto the latency budget {@code budget_ms} by {@link ChannelScaler}
 * (dynamic channel scaling) before it is proposed, so it never exceeds the budget and uses it as fully
 * as one width step allows; a child that cannot meet it even at the smallest widths is dropped;</li>
 * <li>every {@code shrink_every} generations (a generation = {@code population} results), at most
 * {@code rounds} times, the per-layer operator choices shrink to those of the {@code top_k} results so far
 * ({@link SpaceShrinker}); children then only use surviving operators.</li>
 * </ul>
 * Ranking: feasibility first (the study's constraints), then the first objective. Randomness comes
 * from one {@code Random(seed)}; shrinking depends only on told results, so replay rebuilds the state.
 */
@ServiceProvider(service = SearchEngine.class)
public final class HsconasEngine implements SearchEngine {
    public static final String ID = "hsconas";
    private static final int MAX_TRIES = 256;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "HSCoNAS: evolution with dynamic channel scaling onto a latency budget and progressive space shrinking (mbv2-ch space)";
    }

    @Override
    public List<OptionSpec> options() {
        return List.of(
                OptionSpec.real("budget_ms", 0, 0, 1e9, "latency budget on the space's latency model, ms (required)"),
                OptionSpec.integer("population", 24, 2, 100_000, "members kept (the oldest dies); also the generation size"),
                OptionSpec.integer("sample", 6, 1, 100_000, "tournament size"),
                OptionSpec.integer("shrink_every", 2, 1, 100_000, "generations between two shrinking steps"),
                OptionSpec.integer("top_k", 8, 1, 100_000, "results whose operators survive a shrinking step"),
                OptionSpec.integer("rounds", 3, 0, 1000, "shrinking steps at most"));
    }

    @Override
    public int defaultBatch(SearchContext context) {
        return 8;
    }

    @Override
    public EngineRun start(SearchContext ctx) {
        String unfit = incompatibility(ctx);
        if (unfit != null) {
            throw new IllegalArgumentException(unfit);
        }
        return new Run(ctx, (ChannelSpace) ctx.space());
    }

    @Override
    public String incompatibility(SearchContext ctx) {
        if (!(ctx.space() instanceof ChannelSpace)) {
            return "engine hsconas needs a " + ChannelSpaceFactory.ID + " space (per-stage channel genes); got " + ctx.space().id();
        }
        if (!(ctx.options().real("budget_ms") > 0)) {
            return "engine hsconas needs the option budget_ms > 0 (the latency budget channels are scaled to)";
        }
        return null;
    }

    /** The state of one HSCoNAS run. */
    public static final class Run implements EngineRun, RunStatus {
        private final ChannelSpace space;
        private final double budget;
        private final int population;
        private final int sample;
        private final int shrinkEvery;
        private final int topK;
        private final int maxRounds;
        private final Random rng;
        private boolean[][] allowed;
        private final boolean[] shrinkable;
        private final Deque<Trial> queue = new ArrayDeque<>();
        private final List<Trial> history = new ArrayList<>();
        private final Set<Architecture> proposed = new HashSet<>();
        private final List<BigInteger> sizes = new ArrayList<>();
        private int told;
        private int rounds;
        private long infeasible;
        private long duplicates;

        Run(SearchContext ctx, ChannelSpace space) {
            this.space = space;
            this.budget = ctx.options().real("budget_ms");
            this.population = ctx.options().integer("population");
            this.sample = Math.min(ctx.options().integer("sample"), population);
            this.shrinkEvery = ctx.options().integer("shrink_every");
            this.topK = ctx.options().integer("top_k");
            this.maxRounds = ctx.options().integer("rounds");
            this.rng = new Random(ctx.seed());
            allowed = new boolean[space.dimensions()][];
            shrinkable = new boolean[space.dimensions()];
            for (int i = 0; i < allowed.length; i++) {
                allowed[i] = new boolean[space.cardinality(i)];
                java.util.Arrays.fill(allowed[i], true);
                shrinkable[i] = ChannelSpace.opGene(i);
            }
            sizes.add(SpaceShrinker.size(allowed));
        }

        @Override
        public List<Architecture> ask(int n) {
            List<Architecture> out = new ArrayList<>(n);
            List<Trial> members = new ArrayList<>(queue);
            for (int slot = 0; slot < n; slot++) {
                for (int t = 0; t < MAX_TRIES; t++) {
                    // a parent whose neighbours were all proposed already: after a few tries, sample the (shrunk) space instead
                    boolean fresh = members.size() < population || t >= MAX_TRIES / 8;
                    int[] g = fresh ? randomGenes() : mutate(space.encode(select(members).candidate()));
                    int[] scaled = ChannelScaler.scale(project(g), widthAllowed(), budget, space::latencyMs);
                    if (scaled == null) {
                        infeasible++;
                        continue;
                    }
                    Architecture child = space.decode(scaled);
                    if (!proposed.add(child)) {
                        duplicates++;
                        continue;
                    }
                    out.add(child);
                    break;
                }
            }
            return out;
        }

        private int[] randomGenes() {
            int[] g = new int[allowed.length];
            for (int i = 0; i < g.length; i++) {
                g[i] = randomAllowed(i);
            }
            return g;
        }

        private int randomAllowed(int gene) {
            int[] values = values(gene);
            return values[rng.nextInt(values.length)];
        }

        private int[] values(int gene) {
            return java.util.stream.IntStream.range(0, allowed[gene].length).filter(v -> allowed[gene][v]).toArray();
        }

        private Trial select(List<Trial> members) {
            Trial best = null;
            for (int k = 0; k < sample; k++) {
                Trial c = members.get(rng.nextInt(members.size()));
                if (best == null || ORDER.compare(c, best) < 0) {
                    best = c;
                }
            }
            return best;
        }

        /** One gene to another allowed value (a gene with one allowed value is skipped). */
        private int[] mutate(int[] parent) {
            int[] g = parent.clone();
            for (int t = 0; t < MAX_TRIES; t++) {
                int i = rng.nextInt(g.length);
                int[] values = values(i);
                if (values.length < 2) {
                    continue;
                }
                int v = values[rng.nextInt(values.length)];
                if (v != g[i]) {
                    g[i] = v;
                    return g;
                }
            }
            return g;
        }

        /** Operators removed by shrinking are replaced by a random surviving one. */
        private int[] project(int[] g) {
            for (int i = 0; i < g.length; i++) {
                if (!allowed[i][g[i]] && shrinkable[i]) {
                    g[i] = randomAllowed(i);
                }
            }
            return g;
        }

        private boolean[][] widthAllowed() {
            boolean[][] w = new boolean[ChannelSpace.STAGES][];
            for (int s = 0; s < w.length; s++) {
                w[s] = allowed[ChannelSpace.widthGene(s)];
            }
            return w;
        }

        @Override
        public void tell(List<Trial> results) {
            for (Trial t : results) {
                queue.addLast(t);
                if (queue.size() > population) {
                    queue.removeFirst();
                }
                if (t.ok()) {
                    history.add(t);
                }
            }
            told += results.size();
            if (rounds < maxRounds && told / population >= (rounds + 1) * shrinkEvery) {
                List<int[]> top = history.stream().sorted(ORDER).limit(topK).map(t -> space.encode(t.candidate())).toList();
                allowed = SpaceShrinker.shrink(allowed, top, shrinkable);
                rounds++;
                sizes.add(SpaceShrinker.size(allowed));
            }
        }

        /** Space size at the start and after each shrinking step. */
        public List<BigInteger> sizes() {
            return List.copyOf(sizes);
        }

        /** Allowed operator tokens per layer now. */
        public List<List<String>> layerChoices() {
            List<List<String>> out = new ArrayList<>();
            for (int i = 0; i < ChannelSpace.LAYERS; i++) {
                List<String> l = new ArrayList<>();
                for (int v : values(i)) {
                    l.add(space.ops().get(v).token());
                }
                out.add(l);
            }
            return out;
        }

        @Override
        public Map<String, Double> status() {
            Map<String, Double> m = new LinkedHashMap<>();
            BigInteger size = sizes.get(sizes.size() - 1);
            m.put("space_size", size.doubleValue());
            m.put("log10_space_size", Math.log10(size.doubleValue()));
            m.put("shrink_rounds", (double) rounds);
            m.put("generation", (double) (told / population));
            m.put("proposed", (double) proposed.size());
            m.put("infeasible_children", (double) infeasible);
            m.put("duplicate_children", (double) duplicates);
            m.put("lut_entries", (double) space.lut().entries());
            return m;
        }

        /** The shrinking space's figures ({@link #status()}) and the aging queue, oldest first. */
        @Override
        public EngineState state() {
            return EngineState.population(List.copyOf(queue), status());
        }
    }

    /** Feasible first, then smaller total violation, then the first objective (minimised form); failures last. */
    static final Comparator<Trial> ORDER = Comparator.comparingDouble((Trial t) -> t.fitness().violation())
            .thenComparingDouble(t -> t.fitness().get(0));
}
