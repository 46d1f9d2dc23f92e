package org.hwnas.search.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.hwnas.search.api.Fitness;
import org.hwnas.search.api.Trial;
import org.hwnas.search.pareto.CrowdingDistance;
import org.hwnas.search.pareto.NonDominatedSorting;

/**
 * Feasibility-first non-dominated rank and crowding distance of a group of trials: the order NSGA-II
 * selects by, and REA's tournament order when there are several objectives.
 */
final class Ranking {
    final int[] rank;
    final double[] crowding;

    private Ranking(int[] rank, double[] crowding) {
        this.rank = rank;
        this.crowding = crowding;
    }

    static Ranking of(List<Trial> trials) {
        List<Fitness> fit = new ArrayList<>(trials.size());
        for (Trial t : trials) {
            fit.add(t.fitness());
        }
        int[] rank = NonDominatedSorting.ranks(fit);
        double[] crowd = new double[fit.size()];
        for (List<Integer> front : NonDominatedSorting.fronts(fit)) {
            List<Fitness> f = new ArrayList<>(front.size());
            for (int i : front) {
                f.add(fit.get(i));
            }
            double[] d = CrowdingDistance.of(f);
            for (int k = 0; k < front.size(); k++) {
                crowd[front.get(k)] = d[k];
            }
        }
        return new Ranking(rank, crowd);
    }

    /** Better first: lower rank, then larger crowding distance, then earlier position (stable). */
    Comparator<Integer> order() {
        return Comparator.<Integer>comparingInt(i -> rank[i])
                .thenComparing(i -> -crowding[i])
                .thenComparingInt(i -> i);
    }

    boolean better(int a, int b) {
        return order().compare(a, b) < 0;
    }
}
