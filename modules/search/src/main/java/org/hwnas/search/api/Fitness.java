package org.hwnas.search.api;

import java.util.Arrays;

/**
 * What engines rank on: the objective vector in minimisation form and the total constraint violation
 * (0 = feasible, +infinity = evaluation failed). Immutable.
 */
public final class Fitness {
    private final double[] minimized;
    private final double violation;

    public Fitness(double[] minimized, double violation) {
        this.minimized = minimized.clone();
        this.violation = violation;
    }

    /** A failed evaluation: worse than every result. */
    public static Fitness failed(int objectives) {
        double[] v = new double[objectives];
        Arrays.fill(v, Double.POSITIVE_INFINITY);
        return new Fitness(v, Double.POSITIVE_INFINITY);
    }

    public int dimensions() {
        return minimized.length;
    }

    /** Objective {@code i} in minimisation form. */
    public double get(int i) {
        return minimized[i];
    }

    public double[] minimized() {
        return minimized.clone();
    }

    public double violation() {
        return violation;
    }

    public boolean feasible() {
        return violation == 0;
    }

    /** Pareto dominance on the objectives alone (ignores constraints). */
    public boolean dominates(Fitness o) {
        boolean better = false;
        for (int i = 0; i < minimized.length; i++) {
            if (minimized[i] > o.minimized[i]) {
                return false;
            }
            better |= minimized[i] < o.minimized[i];
        }
        return better;
    }

    /**
     * Feasibility-first (Deb's rules): a feasible result beats an infeasible one, of two infeasible ones
     * the smaller violation wins, and otherwise (both feasible, or equally infeasible) Pareto dominance
     * decides. Same order as jMetal's {@code DominanceWithConstraintsComparator}.
     */
    public boolean constrainedDominates(Fitness o) {
        if (violation != o.violation) {
            return violation < o.violation;
        }
        return dominates(o);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Fitness f && f.violation == violation && Arrays.equals(f.minimized, minimized);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(minimized) * 31 + Double.hashCode(violation);
    }

    @Override
    public String toString() {
        return Arrays.toString(minimized) + (feasible() ? "" : " violation " + violation);
    }
}
