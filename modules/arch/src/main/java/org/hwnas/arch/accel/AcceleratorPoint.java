package org.hwnas.arch.accel;

import java.util.List;
import java.util.Objects;
import org.hwnas.arch.AcceleratorCandidate;
import org.hwnas.model.accel.Accelerator;
import org.hwnas.model.accel.MemoryLevel;
import org.hwnas.model.workload.Dim;

/**
 * A point of an accelerator design space (NAAS-style sizing + connectivity): the PE array shape, the
 * loop dimension each array axis parallelizes, the on-chip level sizes and the bandwidth of the
 * array's feeding level, with the {@link Accelerator} built from them.
 * <p>Equality and hash use the values only: within one space the design is a function of them, and
 * comparing whole accelerators on every hash would be wasted work.
 *
 * @param rows       PEs along the first array axis
 * @param cols       PEs along the second array axis
 * @param rowDim     loop dimension the first axis unrolls
 * @param colDim     loop dimension the second axis unrolls
 * @param levelBytes size of each bounded level below the outermost, innermost first
 * @param bandwidth  read bandwidth (words/cycle) of the level that feeds the array; +Infinity if unconstrained
 */
public record AcceleratorPoint(int rows, int cols, Dim rowDim, Dim colDim, List<Long> levelBytes, double bandwidth,
                               Accelerator accelerator) implements AcceleratorCandidate {
    public static final String FAMILY = "accel";

    public AcceleratorPoint {
        levelBytes = List.copyOf(levelBytes);
        Objects.requireNonNull(rowDim, "rowDim");
        Objects.requireNonNull(colDim, "colDim");
        Objects.requireNonNull(accelerator, "accelerator");
        if (rows <= 0 || cols <= 0) {
            throw new IllegalArgumentException("array shape must be positive, got " + rows + "x" + cols);
        }
    }

    @Override
    public String family() {
        return FAMILY;
    }

    /** E.g. {@code 12x14 rows:C cols:K psum_spad:48B ... shared_glb:110592B bw:16}. */
    @Override
    public String text() {
        StringBuilder b = new StringBuilder();
        b.append(rows).append('x').append(cols).append(' ')
                .append(accelerator.array().axes().get(0).name()).append(':').append(rowDim).append(' ')
                .append(accelerator.array().axes().get(1).name()).append(':').append(colDim);
        int i = 0;
        List<MemoryLevel> levels = accelerator.levels();
        for (MemoryLevel l : levels.subList(0, levels.size() - 1)) {
            if (l.capacity().isBounded() && i < levelBytes.size()) {
                b.append(' ').append(l.name()).append(':').append(levelBytes.get(i++)).append('B');
            }
        }
        b.append(" bw:").append(Double.isInfinite(bandwidth) ? "inf" : fmt(bandwidth));
        return b.toString();
    }

    private static String fmt(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }

    public int totalPes() {
        return rows * cols;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AcceleratorPoint p && p.rows == rows && p.cols == cols && p.rowDim == rowDim && p.colDim == colDim
                && p.levelBytes.equals(levelBytes) && Double.compare(p.bandwidth, bandwidth) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(rows, cols, rowDim, colDim, levelBytes, bandwidth);
    }

    @Override
    public String toString() {
        return text();
    }
}
