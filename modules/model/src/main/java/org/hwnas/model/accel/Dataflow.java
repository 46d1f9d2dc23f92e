package org.hwnas.model.accel;

import java.util.Optional;
import org.hwnas.model.workload.Tensor;

/**
 * A dataflow preset: which operand stays in the PE while the others stream. The mapper uses it as a
 * constraint on mappings (see {@code DataflowRule} in the mapping package); {@link #FLEXIBLE} constrains
 * nothing.
 */
public enum Dataflow {
    WEIGHT_STATIONARY(Tensor.WEIGHTS),
    OUTPUT_STATIONARY(Tensor.OUTPUTS),
    INPUT_STATIONARY(Tensor.INPUTS),
    /** Eyeriss: a filter row stays in the PE, rows of the array slide over input rows. */
    ROW_STATIONARY(null),
    /** No operand is kept in the PE: everything streams from the global buffer. */
    NO_LOCAL_REUSE(null),
    FLEXIBLE(null);

    private final Tensor stationary;

    Dataflow(Tensor stationary) {
        this.stationary = stationary;
    }

    /** The operand that stays in the PE, for the single-operand stationary presets. */
    public Optional<Tensor> stationaryTensor() {
        return Optional.ofNullable(stationary);
    }

    /** The name used in documents, e.g. {@code weight-stationary}. */
    public String key() {
        return name().toLowerCase().replace('_', '-');
    }
}
