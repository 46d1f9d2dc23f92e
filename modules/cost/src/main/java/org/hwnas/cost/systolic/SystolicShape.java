package org.hwnas.cost.systolic;

import org.hwnas.model.workload.LoopBounds;

/**
 * SCALE-Sim v2 closed forms (COST-MODEL.md section 8) for one GEMM on an {@code rows x cols} systolic
 * array in CALC (ideal bandwidth) mode. A conv maps to a GEMM of {@code pixels = N*P*Q} ofmap pixels,
 * window {@code R*S*C} and {@code K} filters (no padding: P and Q are the layer's output extents).
 *
 * @param dataflow OS, WS or IS
 * @param rows     array rows (SCALE-Sim ArrayHeight)
 * @param cols     array columns (ArrayWidth)
 * @param pixels   ofmap pixels per filter (Npx)
 * @param window   reduction length per output (Wsz = R*S*C)
 * @param filters  number of filters (K)
 */
public record SystolicShape(Kind dataflow, int rows, int cols, long pixels, long window, long filters) {

    public enum Kind { OS, WS, IS }

    /** One group of a (grouped) conv layer as a GEMM; batch folds into the pixels. */
    public static SystolicShape of(Kind dataflow, int rows, int cols, LoopBounds b) {
        return new SystolicShape(dataflow, rows, cols, (long) b.n() * b.p() * b.q(), (long) b.r() * b.s() * b.c(), b.k());
    }

    /** Extent mapped on the array rows (Sr). */
    public long spatialRows() {
        return dataflow == Kind.OS ? pixels : window;
    }

    /** Extent mapped on the array columns (Sc). */
    public long spatialCols() {
        return dataflow == Kind.IS ? pixels : filters;
    }

    /** Temporal extent streamed through each fold (T). */
    public long temporal() {
        return switch (dataflow) {
            case OS -> window;
            case WS -> pixels;
            case IS -> filters;
        };
    }

    public long folds() {
        return ceilDiv(spatialRows(), rows) * ceilDiv(spatialCols(), cols);
    }

    /** Cycles of one fold: fill, stream, drain (SCALE-Sim v2's OS path differs from WS/IS). */
    public long cyclesPerFold() {
        return dataflow == Kind.OS ? temporal() + rows + cols - 2 : 2L * rows + cols + temporal() - 2;
    }

    public long cycles() {
        return folds() * cyclesPerFold() - 1;
    }

    public long macs() {
        return pixels * window * filters;
    }

    /** Average over folds of the fraction of PEs mapped. */
    public double mappingEfficiency() {
        return (double) spatialRows() * spatialCols() / ((double) folds() * rows * cols);
    }

    public long ifmapSramReads() {
        return switch (dataflow) {
            case OS, WS -> pixels * window * ceilDiv(filters, cols);
            case IS -> pixels * window;
        };
    }

    public long filterSramReads() {
        return switch (dataflow) {
            case OS -> window * filters * ceilDiv(pixels, rows);
            case WS -> window * filters;
            case IS -> window * filters * ceilDiv(pixels, cols);
        };
    }

    /** OS adds rows+cols per fold, a quirk of SCALE-Sim's systolic_compute_os.py reproduced on purpose. */
    public long ofmapSramWrites() {
        return switch (dataflow) {
            case OS -> pixels * filters + folds() * (rows + cols);
            case WS, IS -> pixels * filters * ceilDiv(window, rows);
        };
    }

    static long ceilDiv(long a, long b) {
        return (a + b - 1) / b;
    }
}
