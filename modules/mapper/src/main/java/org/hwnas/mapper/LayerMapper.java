package org.hwnas.mapper;

import org.hwnas.cost.api.CostException;
import org.hwnas.cost.api.CostReport;
import org.hwnas.cost.loopnest.ArchSpec;
import org.hwnas.cost.loopnest.LoopNestModel;
import org.hwnas.model.accel.Accelerator;
import org.hwnas.model.mapping.Mapping;
import org.hwnas.model.workload.LoopBounds;

/**
 * Mapping search for one layer. A space within the evaluation budget is enumerated exhaustively
 * ({@link ExhaustiveSearch}: the optimum). Larger ones: random-pruned sampling of the {@link MapSpace} (a third of the budget),
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
        long cpuStart = cpuNanos();
        long deadline = cpuStart + o.timeLimitMillis() * 1_000_000L; // CPU time: results do not depend on machine load
        ArchSpec arch = ArchSpec.of(accel);
        String name = layerName.isEmpty() ? layer.toString() : layerName;
        java.util.List<String> problems = o.constraints().problems(accel, layer);
        if (!problems.isEmpty()) {
            throw new CostException(problems.stream().map(p -> "layer " + name + ": " + p).toList());
        }
        MapSpace space = new MapSpace(arch, layer, o.respectDataflow(), o.searchBypass(), o.constraints());
        if (space.infeasible != null) {
            throw new CostException("layer " + name + ": " + space.infeasible);
        }
        if (o.algorithm() == SearchAlgorithm.GENETIC) {
            return genetic(accel, layer, layerName, o, space, start, cpuStart, deadline);
        }
        ExhaustiveSearch all = new ExhaustiveSearch(space, o.objective(), o.maxEvaluations(), deadline);
        boolean tryAll = o.algorithm() == SearchAlgorithm.AUTO || o.algorithm() == SearchAlgorithm.EXHAUSTIVE;
        if (tryAll && all.size(o.maxEvaluations()) <= o.maxEvaluations() && all.run()) {
            if (!all.found()) {
                throw new CostException("layer " + (layerName.isEmpty() ? layer.toString() : layerName) + ": no mapping fits accelerator '"
                        + accel.name() + "' (exhaustive search of " + all.evaluated + " points)");
            }
            Mapping m = space.toMapping(all.bestOrders(), all.bestKeep(), layerName);
            return result(accel, layer, m, o, all.evaluated, all.valid, start, cpuStart, true);
        }
        return heuristic(accel, layer, layerName, o, space, start, cpuStart, deadline);
    }

    /** The genetic search alone. */
    static MappingResult genetic(Accelerator accel, LoopBounds layer, String layerName, MapperOptions o, MapSpace space,
                                 long start, long cpuStart, long deadline) throws CostException {
        return searched(new GeneticSearch(space, o, deadline), accel, layer, layerName, o, start, cpuStart);
    }

    /** The sampling + local search alone (also for tests that compare it with the exhaustive optimum). */
    static MappingResult heuristic(Accelerator accel, LoopBounds layer, String layerName, MapperOptions o, MapSpace space,
                                   long start, long cpuStart, long deadline) throws CostException {
        return searched(new Search(space, o, deadline), accel, layer, layerName, o, start, cpuStart);
    }

    private static MappingResult searched(SearchState s, Accelerator accel, LoopBounds layer, String layerName, MapperOptions o,
                                          long start, long cpuStart) throws CostException {
        s.run();
        if (s.best == null) {
            throw new CostException("layer " + (layerName.isEmpty() ? layer.toString() : layerName) + ": no mapping fits accelerator '"
                    + accel.name() + "' within " + s.evaluated + " candidates (every tile was over some level's capacity)");
        }
        Mapping m = s.space.toMapping(s.best, layerName);
        return result(accel, layer, m, o, s.evaluated, s.valid, start, cpuStart, false);
    }

    private static MappingResult result(Accelerator accel, LoopBounds layer, Mapping m, MapperOptions o, long evaluated, long valid,
                                        long start, long cpuStart, boolean exhaustive) throws CostException {
        CostReport report = new LoopNestModel().evaluate(accel, layer, m);
        long millis = (System.nanoTime() - start) / 1_000_000L;
        long cpuMillis = (cpuNanos() - cpuStart) / 1_000_000L;
        return new MappingResult(m, report, o.objective().score(report.energyPj(), report.cycles()),
                LowerBound.of(accel, layer), evaluated, valid, millis, cpuMillis, exhaustive);
    }

    static long cpuNanos() {
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        return mx.isCurrentThreadCpuTimeSupported() ? mx.getCurrentThreadCpuTime() : System.nanoTime();
    }

    /** Random sampling, then local search from the elite genomes (with a bypass sweep at each end). */
    private static final class Search extends SearchState {
        final Genome[] elite = new Genome[ELITE];
        final double[] eliteScore = new double[ELITE];

        Search(MapSpace space, MapperOptions o, long deadline) {
            super(space, o, deadline);
            java.util.Arrays.fill(eliteScore, Double.POSITIVE_INFINITY);
        }

        boolean timeLeft() {
            return timeLeft(o.maxEvaluations());
        }

        @Override
        void run() {
            long sampling = o.maxEvaluations() / 3;
            while (evaluated < sampling && timeLeft()) {
                Genome g = space.random(rnd);
                offer(g, score(g));
            }
            Genome current = newGenome();
            Genome candidate = newGenome();
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
                currentScore = sweepBypass(current, currentScore);
                offer(current, currentScore);
            }
        }

        /**
         * Tries every bypass choice for {@code g}'s factors and orders (a handful: at most 2^6 with three
         * levels) and leaves {@code g} with the best; single flips alone get stuck when two levels must
         * change their kept tensors together.
         */
        double sweepBypass(Genome g, double score) {
            int[] best = g.keep.clone();
            double[] bestScore = {score};
            sweep(g, 0, best, bestScore);
            System.arraycopy(best, 0, g.keep, 0, best.length);
            return bestScore[0];
        }

        private void sweep(Genome g, int l, int[] best, double[] bestScore) {
            if (l == space.levels) {
                double sc = score(g);
                if (sc < bestScore[0]) {
                    bestScore[0] = sc;
                    System.arraycopy(g.keep, 0, best, 0, best.length);
                }
                return;
            }
            int b = space.bypassable[l];
            if (b == 0) {
                sweep(g, l + 1, best, bestScore);
                return;
            }
            for (int sub = b; ; sub = (sub - 1) & b) {
                g.keep[l] = space.baseKeep[l] & ~sub;
                sweep(g, l + 1, best, bestScore);
                if (sub == 0) {
                    break;
                }
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
                    best = newGenome();
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
                    elite[worst] = newGenome();
                }
                elite[worst].copyFrom(g);
                eliteScore[worst] = sc;
            }
        }
    }
}
