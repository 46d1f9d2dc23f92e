package org.hwnas.mapper;

/**
 * Knobs of a mapping search.
 *
 * @param objective      what to minimize
 * @param maxEvaluations evaluation budget per layer
 * @param timeLimitMillis cap per layer in CPU time of the searching thread (so results do not depend on
 *                        other load on the machine); the search returns its best so far
 * @param seed           random seed; the same seed gives the same mapping
 * @param searchBypass   also choose which tensors each inner level keeps (within the architecture's keeps)
 * @param respectDataflow keep mappings inside the accelerator's dataflow preset
 * @param constraints    per-level / per-axis mapspace constraints (Timeloop's); {@link MapspaceConstraints#none()} for none
 * @param algorithm      how the space is searched
 */
public record MapperOptions(Objective objective, int maxEvaluations, long timeLimitMillis, long seed, boolean searchBypass,
                            boolean respectDataflow, MapspaceConstraints constraints, SearchAlgorithm algorithm) {

    public MapperOptions {
        if (objective == null || maxEvaluations <= 0 || timeLimitMillis <= 0) {
            throw new IllegalArgumentException("objective required; budget and time limit must be > 0");
        }
        constraints = constraints == null ? MapspaceConstraints.none() : constraints;
        algorithm = algorithm == null ? SearchAlgorithm.AUTO : algorithm;
    }

    /** Without constraints, automatic algorithm (the original six knobs). */
    public MapperOptions(Objective objective, int maxEvaluations, long timeLimitMillis, long seed, boolean searchBypass,
                         boolean respectDataflow) {
        this(objective, maxEvaluations, timeLimitMillis, seed, searchBypass, respectDataflow, MapspaceConstraints.none(),
                SearchAlgorithm.AUTO);
    }

    /** EDP, 300,000 evaluations or 600 ms, bypass searched, dataflow respected, no constraints, automatic algorithm. */
    public static MapperOptions defaults() {
        return new MapperOptions(Objective.EDP, 300_000, 600, 1, true, true);
    }

    public MapperOptions withObjective(Objective o) {
        return new MapperOptions(o, maxEvaluations, timeLimitMillis, seed, searchBypass, respectDataflow, constraints, algorithm);
    }

    public MapperOptions withBudget(int evaluations, long millis) {
        return new MapperOptions(objective, evaluations, millis, seed, searchBypass, respectDataflow, constraints, algorithm);
    }

    public MapperOptions withSeed(long s) {
        return new MapperOptions(objective, maxEvaluations, timeLimitMillis, s, searchBypass, respectDataflow, constraints, algorithm);
    }

    public MapperOptions withBypassSearch(boolean b) {
        return new MapperOptions(objective, maxEvaluations, timeLimitMillis, seed, b, respectDataflow, constraints, algorithm);
    }

    public MapperOptions withConstraints(MapspaceConstraints c) {
        return new MapperOptions(objective, maxEvaluations, timeLimitMillis, seed, searchBypass, respectDataflow, c, algorithm);
    }

    public MapperOptions withAlgorithm(SearchAlgorithm a) {
        return new MapperOptions(objective, maxEvaluations, timeLimitMillis, seed, searchBypass, respectDataflow, constraints, a);
    }
}
