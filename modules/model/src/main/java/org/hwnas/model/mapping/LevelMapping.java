package org.hwnas.model.mapping;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.hwnas.model.workload.Tensor;

/**
 * The loops one memory level owns in a mapping.
 *
 * @param level    name of the accelerator level
 * @param temporal temporal loops, outermost first (as a loop nest reads)
 * @param keep     tensors this level keeps under this mapping, overriding the architecture's choice
 *                 (bypass); {@code null} = as the architecture says
 */
public record LevelMapping(String level, List<Loop> temporal, Set<Tensor> keep) {

    public LevelMapping {
        Objects.requireNonNull(level, "level");
        temporal = List.copyOf(temporal);
        if (keep != null) {
            keep = keep.isEmpty() ? Collections.unmodifiableSet(EnumSet.noneOf(Tensor.class))
                    : Collections.unmodifiableSet(EnumSet.copyOf(keep));
        }
    }

    public static LevelMapping of(String level, Loop... temporal) {
        return new LevelMapping(level, List.of(temporal), null);
    }

    /** A copy that keeps exactly these tensors at this level. */
    public LevelMapping keeping(Tensor... tensors) {
        Set<Tensor> k = EnumSet.noneOf(Tensor.class);
        Collections.addAll(k, tensors);
        return new LevelMapping(level, temporal, k);
    }

    public Optional<Set<Tensor>> keepOverride() {
        return Optional.ofNullable(keep);
    }
}
