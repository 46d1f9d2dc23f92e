package org.hwnas.naas;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hwnas.cost.api.CostException;
import org.hwnas.model.accel.Accelerator;

/**
 * The outer level of NAAS: CMA-ES ({@link Cmaes}, commons-math3) over the {@link HardwareSpace} vector;
 * each candidate design is decoded, every layer shape gets its inner mapping search
 * ({@link MappingSearch}), and the candidate's fitness is the network EDP. Vectors that decode to a
 * design already evaluated reuse its result. Inner searches start from the best design's per-layer
 * vectors (warm start) [open choice]. A design on which some layer fits no mapping scores
 * {@link #NO_FIT} (CMA-ES ranks it last).
 * <p>Deterministic for a seed: CMA-ES draws from a seeded generator, designs are evaluated one after
 * another, and each inner search has its own seed.
 */
public final class NaasSearch {
    static final double NO_FIT = 1e30;

    /**
     * @param hardwareEvals outer CMA-ES evaluations (designs proposed, repeats included)
     * @param lambda        outer population; 0 = CMA-ES default {@code 4 + 3 ln n}
     * @param sigma         outer initial step size
     * @param seed          random seed
     */
    public record Options(int hardwareEvals, int lambda, double sigma, long seed) {
        public Options {
            if (hardwareEvals < 1 || lambda < 0 || !(sigma > 0 && sigma <= 0.5)) {
                throw new IllegalArgumentException("hardware evaluations must be >= 1, lambda >= 0 and 0 < sigma <= 0.5");
            }
        }
    }

    /** Called after every outer evaluation (on the search thread). */
    public interface Progress {
        void evaluated(int evaluation, HardwareDesign design, double edp, NetworkCost best);
    }

    /**
     * @param best      the best design and its per-layer mappings
     * @param leaders   the best few distinct designs, best first, then the start design if it is not among them
     * @param proposals outer evaluations spent
     * @param distinct  distinct designs evaluated
     */
    public record Result(HardwareDesign best, NetworkCost cost, List<NetworkCost> leaders, int proposals, int distinct,
                         long innerEvaluations, double seconds) {
        public Result {
            leaders = List.copyOf(leaders);
        }
    }

    /** How many of the best distinct designs {@link Result#leaders()} keeps (for a final re-map), start design aside. */
    public static final int LEADERS = 3;

    private NaasSearch() {
    }

    public static Result run(HardwareSpace space, Workload w, MappingSearch inner, Options o, Progress progress) throws CostException {
        long start = System.nanoTime();
        Map<Accelerator, NetworkCost> seen = new LinkedHashMap<>();
        HardwareDesign[] bestDesign = {null};
        NetworkCost[] best = {null};
        double[][][] warm = {null};
        int[] proposals = {0};
        long[] innerEvals = {0};
        CostException[] lastFailure = {null};
        java.util.function.ToDoubleFunction<double[]> f = h -> {
            HardwareDesign d = space.decode(h);
            proposals[0]++;
            NetworkCost c = seen.get(d.accelerator());
            double value;
            if (c == null && !seen.containsKey(d.accelerator())) {
                try {
                    c = NetworkCost.of(d.accelerator(), w, inner, warm[0], o.seed() + 7919L * seen.size());
                    innerEvals[0] += c.evaluations();
                } catch (CostException e) {
                    lastFailure[0] = e;
                    c = null;
                }
                seen.put(d.accelerator(), c);
            }
            value = c == null ? NO_FIT : c.edp();
            if (c != null && (best[0] == null || c.edp() < best[0].edp())) {
                best[0] = c;
                bestDesign[0] = d;
                double[][] v = new double[w.shapes().size()][];
                for (int i = 0; i < v.length; i++) {
                    v[i] = c.layers().get(i).vector();
                }
                warm[0] = v;
            }
            if (progress != null) {
                progress.evaluated(proposals[0], d, value, best[0]);
            }
            return value;
        };
        Cmaes.minimize(f, space.baseVector(), o.sigma(), o.lambda(), o.hardwareEvals(), o.seed());
        if (best[0] == null) {
            throw lastFailure[0] != null ? lastFailure[0] : new CostException("no design could be evaluated");
        }
        List<NetworkCost> leaders = new java.util.ArrayList<>(seen.values().stream().filter(java.util.Objects::nonNull)
                .sorted(java.util.Comparator.comparingDouble(NetworkCost::edp)).limit(LEADERS).toList());
        NetworkCost first = seen.values().iterator().next(); // the start point (the base's sizes): a re-map can fall back on it
        if (first != null && !leaders.contains(first)) {
            leaders.add(first);
        }
        return new Result(bestDesign[0], best[0], leaders, proposals[0], seen.size(), innerEvals[0], (System.nanoTime() - start) / 1e9);
    }
}
