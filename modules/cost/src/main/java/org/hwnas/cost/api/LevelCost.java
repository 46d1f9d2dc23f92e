package org.hwnas.cost.api;

import java.util.List;
import java.util.Optional;
import org.hwnas.model.workload.Tensor;

/**
 * One memory level's share of a {@link CostReport}.
 *
 * @param name              level name
 * @param instances         hardware instances
 * @param utilizedInstances instances the mapping uses
 * @param tensors           the tensors the level keeps under the mapping
 * @param leakPj            static energy over the run (all utilized instances)
 * @param slowdown          bandwidth throttling, 1 = not bandwidth-bound, 0.5 = needs twice the cycles
 */
public record LevelCost(String name, int instances, int utilizedInstances, List<TensorCost> tensors, double leakPj,
                        double slowdown) {

    public LevelCost {
        tensors = List.copyOf(tensors);
    }

    public Optional<TensorCost> tensor(Tensor t) {
        return tensors.stream().filter(x -> x.tensor() == t).findFirst();
    }

    /** Dynamic plus static energy of this level. */
    public double energyPj() {
        double e = leakPj;
        for (TensorCost t : tensors) {
            e += t.energyPj();
        }
        return e;
    }

    /** Accesses summed over tensors and utilized instances. */
    public long totalAccesses() {
        long n = 0;
        for (TensorCost t : tensors) {
            n += t.accesses();
        }
        return n * utilizedInstances;
    }
}
