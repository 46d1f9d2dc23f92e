package org.hwnas.search.pareto;

import java.util.ArrayList;
import java.util.List;
import org.hwnas.search.api.Fitness;

/**
 * Fast non-dominated sorting (Deb et al. 2002) under feasibility-first dominance
 * ({@link Fitness#constrainedDominates}): feasible results fill the first fronts, infeasible ones follow
 * ordered by violation. O(M N^2), fine for populations of hundreds.
 */
public final class NonDominatedSorting {
    private NonDominatedSorting() {
    }

    /** Front index of each element (0 = non-dominated). */
    public static int[] ranks(List<Fitness> items) {
        int n = items.size();
        int[] dominatedBy = new int[n];
        List<List<Integer>> dominates = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            dominates.add(new ArrayList<>());
        }
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (items.get(i).constrainedDominates(items.get(j))) {
                    dominates.get(i).add(j);
                    dominatedBy[j]++;
                } else if (items.get(j).constrainedDominates(items.get(i))) {
                    dominates.get(j).add(i);
                    dominatedBy[i]++;
                }
            }
        }
        int[] rank = new int[n];
        List<Integer> current = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (dominatedBy[i] == 0) {
                current.add(i);
            }
        }
        int front = 0;
        while (!current.isEmpty()) {
            List<Integer> next = new ArrayList<>();
            for (int i : current) {
                rank[i] = front;
                for (int j : dominates.get(i)) {
                    if (--dominatedBy[j] == 0) {
                        next.add(j);
                    }
                }
            }
            current = next;
            front++;
        }
        return rank;
    }

    /** The fronts themselves, each a list of indices into {@code items}, in input order. */
    public static List<List<Integer>> fronts(List<Fitness> items) {
        int[] rank = ranks(items);
        List<List<Integer>> fronts = new ArrayList<>();
        for (int i = 0; i < rank.length; i++) {
            while (fronts.size() <= rank[i]) {
                fronts.add(new ArrayList<>());
            }
            fronts.get(rank[i]).add(i);
        }
        return fronts;
    }
}
