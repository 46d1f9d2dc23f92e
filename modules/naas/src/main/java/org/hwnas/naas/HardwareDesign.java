package org.hwnas.naas;

import java.util.List;
import org.hwnas.model.accel.Accelerator;
import org.hwnas.model.workload.Dim;

/**
 * One decoded hardware vector.
 *
 * @param rows        PEs along the first array axis
 * @param cols        PEs along the second array axis
 * @param rowDims     loop dims the rows unroll (connectivity)
 * @param colDims     loop dims the columns unroll
 * @param levelBytes  bytes of every bounded on-chip level, innermost first (per instance)
 * @param accelerator the design as the cost model reads it
 */
public record HardwareDesign(int rows, int cols, List<Dim> rowDims, List<Dim> colDims, List<Long> levelBytes,
                             Accelerator accelerator) {

    public HardwareDesign {
        rowDims = List.copyOf(rowDims);
        colDims = List.copyOf(colDims);
        levelBytes = List.copyOf(levelBytes);
    }

    /** E.g. {@code 12x14 rows:C cols:K} (the first dim of each axis; G aliases are implied). */
    public String summary() {
        return rows + "x" + cols + " rows:" + dims(rowDims) + " cols:" + dims(colDims) + " bytes:" + levelBytes;
    }

    private static String dims(List<Dim> d) {
        StringBuilder b = new StringBuilder();
        d.forEach(x -> b.append(x.name()));
        return b.toString();
    }
}
