package org.hwnas.model.mapping;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.hwnas.model.workload.Dim;
import org.hwnas.model.workload.LoopBounds;

/**
 * A mapping of one layer onto an accelerator: temporal loops per memory level and the spatial loops per
 * PE-array axis at the array's fan-out. Validity against the layer and the architecture is checked by
 * {@link MappingRules}; tile sizes against capacities by the cost model.
 *
 * @param layerName name of the layer (may be empty)
 * @param bounds    the layer's loop nest
 * @param levels    per-level loops, outermost level first; levels not listed have no loops
 * @param spatial     spatial loops per array axis name, in document order
 * @param accelerator the accelerator it was made for (a name or a document path; may be empty)
 */
public record Mapping(String layerName, LoopBounds bounds, List<LevelMapping> levels, Map<String, List<Loop>> spatial,
                      String accelerator) {

    public Mapping {
        Objects.requireNonNull(bounds, "bounds");
        layerName = layerName == null ? "" : layerName;
        accelerator = accelerator == null ? "" : accelerator;
        levels = List.copyOf(levels);
        Map<String, List<Loop>> copy = new LinkedHashMap<>();
        spatial.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        spatial = Collections.unmodifiableMap(copy);
    }

    public Mapping(String layerName, LoopBounds bounds, List<LevelMapping> levels, Map<String, List<Loop>> spatial) {
        this(layerName, bounds, levels, spatial, "");
    }

    public Optional<LevelMapping> level(String name) {
        return levels.stream().filter(l -> l.level().equals(name)).findFirst();
    }

    /** Product of every factor of {@code d}, temporal and spatial. */
    public long product(Dim d) {
        return temporalProduct(d) * spatialProduct(d);
    }

    public long temporalProduct(Dim d) {
        long p = 1;
        for (LevelMapping l : levels) {
            for (Loop loop : l.temporal()) {
                if (loop.dim() == d) {
                    p *= loop.factor();
                }
            }
        }
        return p;
    }

    public long spatialProduct(Dim d) {
        long p = 1;
        for (List<Loop> loops : spatial.values()) {
            for (Loop loop : loops) {
                if (loop.dim() == d) {
                    p *= loop.factor();
                }
            }
        }
        return p;
    }

    /** PEs the spatial loops occupy. */
    public long spatialSize() {
        long p = 1;
        for (List<Loop> loops : spatial.values()) {
            for (Loop loop : loops) {
                p *= loop.factor();
            }
        }
        return p;
    }
}
