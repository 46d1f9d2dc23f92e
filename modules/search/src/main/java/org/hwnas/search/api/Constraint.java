package org.hwnas.search.api;

/**
 * A bound on a named measure; an open side is infinite.
 * Violation is relative to the bound ({@code (v - max) / |max|}) so constraints in ms and in % add up
 * on one scale; a bound of 0 uses the absolute excess.
 */
public record Constraint(String name, double min, double max) {

    public Constraint {
        if (min > max) {
            throw new IllegalArgumentException("constraint on '" + name + "': min " + min + " > max " + max + ": no value can satisfy it");
        }
    }

    /** 0 when satisfied, otherwise how far outside the bound, relative to it. */
    public double violation(double v) {
        if (Double.isNaN(v)) {
            return Double.POSITIVE_INFINITY;
        }
        if (v > max) {
            return (v - max) / scale(max);
        }
        if (v < min) {
            return (min - v) / scale(min);
        }
        return 0;
    }

    private static double scale(double bound) {
        return bound == 0 ? 1 : Math.abs(bound);
    }

    @Override
    public String toString() {
        if (min == Double.NEGATIVE_INFINITY) {
            return name + " <= " + max;
        }
        if (max == Double.POSITIVE_INFINITY) {
            return name + " >= " + min;
        }
        return min + " <= " + name + " <= " + max;
    }
}
