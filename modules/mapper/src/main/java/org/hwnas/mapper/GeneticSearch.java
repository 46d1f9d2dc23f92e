package org.hwnas.mapper;

import java.util.Arrays;

/**
 * A genetic search of a {@link MapSpace} for large spaces: a population of {@link Genome}s, binary
 * tournament selection, uniform crossover (each prime factor's slot, each level's loop order and kept
 * tensors come from one parent), one or two {@link MapSpace#mutate} moves per child, two elites kept
 * per generation, and half the population re-seeded after a run of generations without improvement.
 * The last fifth of the budget polishes the best genome by hill climbing and a sweep of its bypass
 * choices (a memetic finish: crossover finds the basin, local moves its bottom). Deterministic per seed.
 */
final class GeneticSearch extends SearchState {
    static final int POPULATION = 48;
    private static final int ELITES = 2;
    private static final int STALL_GENERATIONS = 40;

    GeneticSearch(MapSpace space, MapperOptions o, long deadline) {
        super(space, o, deadline);
    }

    private void offer(Genome g, double sc) {
        if (sc < bestScore) {
            bestScore = sc;
            if (best == null) {
                best = newGenome();
            }
            best.copyFrom(g);
        }
    }

    @Override
    void run() {
        long evolve = Math.max(POPULATION, o.maxEvaluations() - o.maxEvaluations() / 5);
        Genome[] pop = new Genome[POPULATION];
        Genome[] next = new Genome[POPULATION];
        double[] fit = new double[POPULATION];
        double[] nextFit = new double[POPULATION];
        Integer[] rank = new Integer[POPULATION];
        for (int i = 0; i < POPULATION; i++) {
            pop[i] = space.random(rnd);
            next[i] = newGenome();
            fit[i] = score(pop[i]);
            offer(pop[i], fit[i]);
            rank[i] = i;
        }
        double lastBest = bestScore;
        int stall = 0;
        while (timeLeft(evolve)) {
            final double[] f = fit;
            Arrays.sort(rank, (x, y) -> Double.compare(f[x], f[y]));
            for (int e = 0; e < ELITES; e++) {
                next[e].copyFrom(pop[rank[e]]);
                nextFit[e] = fit[rank[e]];
            }
            for (int i = ELITES; i < POPULATION && timeLeft(evolve); i++) {
                Genome a = pop[tournament(fit)];
                Genome b = pop[tournament(fit)];
                crossover(a, b, next[i]);
                int moves = rnd.nextInt(3);
                for (int m = 0; m < moves; m++) {
                    space.mutate(next[i], rnd);
                }
                nextFit[i] = score(next[i]);
                offer(next[i], nextFit[i]);
            }
            Genome[] t = pop;
            pop = next;
            next = t;
            double[] tf = fit;
            fit = nextFit;
            nextFit = tf;
            stall = bestScore < lastBest ? 0 : stall + 1;
            lastBest = bestScore;
            if (stall >= STALL_GENERATIONS) {
                for (int i = POPULATION / 2; i < POPULATION; i++) {
                    pop[i] = space.random(rnd);
                    fit[i] = score(pop[i]);
                    offer(pop[i], fit[i]);
                }
                stall = 0;
            }
        }
        if (best != null) {
            polish();
        }
    }

    private int tournament(double[] fit) {
        int a = rnd.nextInt(POPULATION);
        int b = rnd.nextInt(POPULATION);
        return fit[a] <= fit[b] ? a : b;
    }

    /** Uniform crossover: per prime factor slot, per level order and kept tensors. */
    private void crossover(Genome a, Genome b, Genome child) {
        for (int i = 0; i < child.slot.length; i++) {
            child.slot[i] = rnd.nextBoolean() ? a.slot[i] : b.slot[i];
        }
        for (int l = 0; l < child.order.length; l++) {
            Genome p = rnd.nextBoolean() ? a : b;
            System.arraycopy(p.order[l], 0, child.order[l], 0, child.order[l].length);
            child.keep[l] = (rnd.nextBoolean() ? a : b).keep[l];
        }
    }

    /** Hill climbing from the best genome on the rest of the budget, then every bypass choice. */
    private void polish() {
        Genome current = newGenome();
        Genome candidate = newGenome();
        current.copyFrom(best);
        double currentScore = bestScore;
        while (timeLeft(o.maxEvaluations())) {
            candidate.copyFrom(current);
            int moves = 1 + rnd.nextInt(2);
            for (int m = 0; m < moves; m++) {
                space.mutate(candidate, rnd);
            }
            double sc = score(candidate);
            if (sc <= currentScore) {
                Genome t = current;
                current = candidate;
                candidate = t;
                currentScore = sc;
                offer(current, sc);
            }
        }
        sweepBypass(best);
    }

    private void sweepBypass(Genome g) {
        Genome probe = newGenome();
        probe.copyFrom(g);
        sweep(probe, 0);
    }

    private void sweep(Genome g, int l) {
        if (l == space.levels) {
            offer(g, score(g));
            return;
        }
        int b = space.bypassable[l];
        if (b == 0) {
            sweep(g, l + 1);
            return;
        }
        for (int sub = b; ; sub = (sub - 1) & b) {
            g.keep[l] = space.baseKeep[l] & ~sub;
            sweep(g, l + 1);
            if (sub == 0) {
                break;
            }
        }
    }
}
