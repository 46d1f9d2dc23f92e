package org.hwnas.mapper;

import java.util.SplittableRandom;
import org.hwnas.cost.loopnest.LoopNestEvaluator;
import org.hwnas.cost.loopnest.LoopNestResult;
import org.hwnas.cost.loopnest.Nest;

/**
 * What every sampling search of a {@link MapSpace} holds (the local search of {@link LayerMapper} and
 * {@link GeneticSearch}): the seeded random source, one reusable loop nest with its evaluator (no
 * allocation per candidate), the lower bound that ends a search, the best genome so far and the counts.
 * One per layer and thread.
 */
abstract class SearchState {
    final MapSpace space;
    final MapperOptions o;
    final long deadline;
    /** The lower bound's score: a candidate reaching it is optimal, the search stops there. */
    final double boundScore;
    final SplittableRandom rnd;
    private final LoopNestEvaluator evaluator;
    private final LoopNestResult result;
    private final Nest nest;
    Genome best;
    double bestScore = Double.POSITIVE_INFINITY;
    long evaluated;
    long valid;

    SearchState(MapSpace space, MapperOptions o, long deadline) {
        this.boundScore = LowerBound.of(space.accel, space.bounds).score(o.objective()) * (1 + 1e-12);
        this.space = space;
        this.o = o;
        this.deadline = deadline;
        this.rnd = new SplittableRandom(o.seed());
        this.evaluator = new LoopNestEvaluator(space.arch);
        this.result = new LoopNestResult(space.levels);
        this.nest = Nest.empty(space.arch, space.bounds, space.maxLoops());
    }

    /** Runs the search until its budget, the CPU deadline or the lower bound ends it. */
    abstract void run();

    /** The objective's score of a genome; infinite when it breaks a rule or a tile does not fit. */
    final double score(Genome g) {
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

    /** Evaluations left below {@code budget}, the bound not reached, and (checked every 256) CPU time left. */
    final boolean timeLeft(long budget) {
        return evaluated < budget && bestScore > boundScore && ((evaluated & 255) != 0 || LayerMapper.cpuNanos() < deadline);
    }

    final Genome newGenome() {
        return new Genome(space.primeDim.length, space.levels);
    }
}
