package org.hwnas.methods.hsconas;

import java.util.function.ToDoubleFunction;

/**
 * HSCoNAS's dynamic channel scaling (METHODS.md section 2, our reconstruction): projects a genome onto
 * the latency budget by moving only the per-stage width genes, one step along the allowed (ascending)
 * width list at a time.
 * <ol>
 * <li>Over budget: lower the stage whose one-step decrease saves the most latency, until within budget
 * (infeasible, null, when every stage is at its smallest allowed width and still over).</li>
 * <li>Within budget: raise the stage whose one-step increase costs the least latency while the result stays
 * within budget, until no single step fits. The result therefore never exceeds the budget and no single
 * width step can be added (the budget is used as fully as one step allows).</li>
 * </ol>
 * Ties go to the lower stage index, so scaling is a pure function of the genome (replay-safe).
 */
public final class ChannelScaler {
    private ChannelScaler() {
    }

    /**
     * @param genes   the genome (not changed)
     * @param allowed {@code allowed[s][i]}: whether width index {@code i} may be used in stage {@code s}
     * @param latency latency of a genome, ms
     * @return the scaled genome, or null when no allowed widths meet the budget
     */
    public static int[] scale(int[] genes, boolean[][] allowed, double budgetMs, ToDoubleFunction<int[]> latency) {
        int[] g = genes.clone();
        for (int s = 0; s < ChannelSpace.STAGES; s++) { // a width outside the allowed set moves to the nearest allowed one below (or above)
            int gi = ChannelSpace.widthGene(s);
            if (!allowed[s][g[gi]]) {
                int down = step(allowed[s], g[gi], -1);
                int up = step(allowed[s], g[gi], +1);
                if (down >= 0 || up >= 0) {
                    g[gi] = down >= 0 ? down : up;
                }
            }
        }
        double lat = latency.applyAsDouble(g);
        while (lat > budgetMs) {
            int best = -1;
            double bestLat = 0;
            for (int s = 0; s < ChannelSpace.STAGES; s++) {
                int gi = ChannelSpace.widthGene(s);
                int down = step(allowed[s], g[gi], -1);
                if (down < 0) {
                    continue;
                }
                int old = g[gi];
                g[gi] = down;
                double l = latency.applyAsDouble(g);
                g[gi] = old;
                if (best < 0 || l < bestLat) {
                    best = s;
                    bestLat = l;
                }
            }
            if (best < 0) {
                return null;
            }
            g[ChannelSpace.widthGene(best)] = step(allowed[best], g[ChannelSpace.widthGene(best)], -1);
            lat = bestLat;
        }
        while (true) {
            int best = -1;
            double bestLat = 0;
            for (int s = 0; s < ChannelSpace.STAGES; s++) {
                int gi = ChannelSpace.widthGene(s);
                int up = step(allowed[s], g[gi], +1);
                if (up < 0) {
                    continue;
                }
                int old = g[gi];
                g[gi] = up;
                double l = latency.applyAsDouble(g);
                g[gi] = old;
                if (l <= budgetMs && (best < 0 || l < bestLat)) {
                    best = s;
                    bestLat = l;
                }
            }
            if (best < 0) {
                return g;
            }
            g[ChannelSpace.widthGene(best)] = step(allowed[best], g[ChannelSpace.widthGene(best)], +1);
        }
    }

    /** The next allowed index from {@code i} in direction {@code dir}, or -1. */
    static int step(boolean[] allowed, int i, int dir) {
        for (int j = i + dir; j >= 0 && j < allowed.length; j += dir) {
            if (allowed[j]) {
                return j;
            }
        }
        return -1;
    }
}
