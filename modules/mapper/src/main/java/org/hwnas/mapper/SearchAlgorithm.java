package org.hwnas.mapper;

/** How {@link LayerMapper} searches a layer's mapspace. */
public enum SearchAlgorithm {
    /** Exhaustive with pruning when the space fits the budget, else {@link #LOCAL}. */
    AUTO,
    /** Every point (pruned by capacity before loop orders); falls back to {@link #LOCAL} over budget. */
    EXHAUSTIVE,
    /** Random-pruned sampling of a third of the budget, then local search from the elite. */
    LOCAL,
    /** A genetic algorithm: tournament selection, crossover of factor slots and level orders, mutation. */
    GENETIC;

    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The algorithm with this key ({@code auto}, {@code exhaustive}, {@code local}, {@code genetic}). */
    public static SearchAlgorithm parse(String key) {
        for (SearchAlgorithm a : values()) {
            if (a.key().equals(key)) {
                return a;
            }
        }
        throw new IllegalArgumentException("unknown mapper algorithm '" + key + "' (valid: auto, exhaustive, local, genetic)");
    }
}
