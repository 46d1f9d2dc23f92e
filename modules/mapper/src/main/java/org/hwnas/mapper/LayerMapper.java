package org.hwnas.mapper;

import java.util.SplittableRandom;
import org.hwnas.cost.api.CostException;
import org.hwnas.cost.api.CostReport;
import org.hwnas.cost.loopnest.ArchSpec;
import org.hwnas.cost.loopnest.LoopNestEvaluator;
import org.hwnas.cost.loopnest.LoopNestModel;
import org.hwnas.cost.loopnest.LoopNestResult;
import org.hwnas.cost.loopnest.Nest;
import org.hwnas.model.accel.Accelerator;
import org.hwnas.model.mapping.Mapping;
import org.hwnas.model.workload.LoopBounds;

/**
 * Mapping search for one layer: random-pruned sampling of the {@link MapSpace} (a third of the budget),
 * then local search from the best points (move a prime factor to another level or array axis, swap two
 * loops, flip a bypass), accepting equal-or-better candidates and restarting from the elite when stuck.
 * Every candidate is scored with the allocation-free loopnest evaluator; the winner is re-evaluated
 * through the checked path, so the returned mapping always passes {@code MappingRules}.
 * Deterministic for a given seed (and budget, when the time limit is not reached).
 */
public final class LayerMapper {
    private static final int ELITE = 4;
    private static final int PATIENCE = 3000;

    private LayerMapper() {
    }

    public static MappingResult search(Accelerator accel, LoopBounds layer, String layerName, MapperOptions o) throws CostException {
        long start = System.nanoTime();
        long deadline = start + o.timeLimitMillis() * 1_000_000L;
        ArchSpec arch = ArchSpec.of(accel);
        MapSpace space = new MapSpace(arch, layer, o.respectDataflow(), o.searchBypass());
        Search s = new Search(space, o, deadline);
        s.run();
        if (s.best == null) {
            throw new CostException("layer " + (layerName.isEmpty() ? layer.toString() : layerName) + ": no mapping fits accelerator '"
                    + accel.name() + "' within " + s.evaluated + " candidates (every tile was over some level's capacity)");
        }
        Mapping m = space.toMapping(s.best, layerName);
        CostReport report = new LoopNestModel().evaluate(accel, layer, m);
        long millis = (System.nanoTime() - start) / 1_000_000L;
        return new MappingResult(m, report, o.objective().score(report.energyPj(), report.cycles()),
                LowerBound.of(accel, layer), s.evaluated, s.valid, millis);
    }

    /** The search state; one per layer and thread. */
    private static final class Search {
        final MapSpace space;
        final MapperOptions o;
        final long deadline;
        final SplittableRandom rnd;
        final LoopNestEvaluator evaluator;
        final LoopNestResult result;
        final Nest nest;
        final Genome[] elite = new Genome[ELITE];
        final double[] eliteScore = new double[ELITE];
        Genome best;
        double bestScore = Double.POSITIVE_INFINITY;
        long evaluated;
        long valid;

        Search(MapSpace space, MapperOptions o, long deadline) {
            this.space = space;
            this.o = o;
            this.deadline = deadline;
            this.rnd = new SplittableRandom(o.seed());
            this.evaluator = new LoopNestEvaluator(space.arch);
            this.result = new LoopNestResult(space.levels);
            this.nest = Nest.empty(space.arch, space.bounds, space.maxLoops());
            java.util.Arrays.fill(eliteScore, Double.POSITIVE_INFINITY);
        }

        double score(Genome g) {
            evaluated++;
            if (!space.decode(g)) {
                return Double.POSITIVE_INFINITY;
            }
            space.build(g, nest);
            evaluator.evaluate(nest, result);
            if (!result.fits()) {
                return Double.POSITIVE_INFINITY;
            }
            valid++;
            return o.objective().score(result.energyPj(), result.cycles());
        }

        boolean timeLeft() {
            return evaluated < o.maxEvaluations() && ((evaluated & 255) != 0 || System.nanoTime() < deadline);
        }

        void run() {
            long sampling = o.maxEvaluations() / 3;
            while (evaluated < sampling && timeLeft()) {
                Genome g = space.random(rnd);
                offer(g, score(g));
            }
            Genome current = new Genome(space.primeDim.length, space.levels);
            Genome candidate = new Genome(space.primeDim.length, space.levels);
            int round = 0;
            while (timeLeft()) {
                Genome start = elite[round++ % ELITE];
                if (start == null) {
                    start = space.random(rnd);
                }
                current.copyFrom(start);
                double currentScore = score(current);
                int stale = 0;
                while (stale < PATIENCE && timeLeft()) {
                    candidate.copyFrom(current);
                    int moves = 1 + rnd.nextInt(2);
                    for (int m = 0; m < moves; m++) {
                        space.mutate(candidate, rnd);
                    }
                    double sc = score(candidate);
                    if (sc <= currentScore) {
                        stale = sc < currentScore ? 0 : stale + 1;
                        Genome t = current;
                        current = candidate;
                        candidate = t;
                        currentScore = sc;
                    } else {
                        stale++;
                    }
                }
                offer(current, currentScore);
            }
        }

        /** Keeps a copy of {@code g} among the elite (and as the best) when it is good enough. */
        void offer(Genome g, double sc) {
            if (sc == Double.POSITIVE_INFINITY) {
                return;
            }
            if (sc < bestScore) {
                bestScore = sc;
                if (best == null) {
                    best = new Genome(space.primeDim.length, space.levels);
                }
                best.copyFrom(g);
            }
            int worst = 0;
            for (int i = 1; i < ELITE; i++) {
                if (eliteScore[i] > eliteScore[worst]) {
                    worst = i;
                }
            }
            if (sc < eliteScore[worst]) {
                if (elite[worst] == null) {
                    elite[worst] = new Genome(space.primeDim.length, space.levels);
                }
                elite[worst].copyFrom(g);
                eliteScore[worst] = sc;
            }
        }
    }
}
