package org.hwnas.cost.api;

import org.hwnas.model.workload.Tensor;

/**
 * Accesses of one tensor at one memory level, per utilized instance (Timeloop's per-instance counts;
 * multiply by {@link LevelCost#utilizedInstances()} for totals).
 *
 * @param tileWords      words of this tensor one instance holds at a time ("utilized capacity")
 * @param partitionWords distinct words one instance holds over the whole layer (outputs only; 0 otherwise)
 * @param reads          reads served to the child level or the MACs
 * @param fills          writes coming from the parent level
 * @param updates        partial-sum writes coming from the child level (outputs only)
 * @param energyPj       energy of these accesses over all utilized instances
 */
public record TensorCost(Tensor tensor, long tileWords, long partitionWords, long reads, long fills, long updates,
                         double energyPj) {

    /** reads + fills + updates of one instance. */
    public long accesses() {
        return reads + fills + updates;
    }
}
