package org.hwnas.model.accel;

import java.util.List;
import java.util.Objects;
import org.hwnas.model.workload.Dim;

/**
 * One axis of the PE array and the loop dimensions it may parallelize (the PE connectivity of NAAS:
 * e.g. rows = C, cols = K). Several dims on one axis are allowed; their spatial factors multiply.
 *
 * @param name         axis name used by mappings, e.g. {@code rows}, {@code cols}
 * @param size         number of PEs along this axis
 * @param parallelDims loop dims this axis can be unrolled over (non-empty)
 */
public record ArrayAxis(String name, int size, List<Dim> parallelDims) {

    public ArrayAxis {
        Objects.requireNonNull(name, "name");
        if (size <= 0) {
            throw new IllegalArgumentException("array axis " + name + " must have size > 0, got " + size);
        }
        parallelDims = List.copyOf(parallelDims);
        if (parallelDims.isEmpty()) {
            throw new IllegalArgumentException("array axis " + name + " must parallelize at least one dimension");
        }
    }

    public boolean parallelizes(Dim d) {
        return parallelDims.contains(d);
    }
}
