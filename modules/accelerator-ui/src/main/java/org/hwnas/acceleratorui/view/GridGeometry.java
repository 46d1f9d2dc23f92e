package org.hwnas.acceleratorui.view;

/**
 * Where the PE grid goes: cell size and how many cells are drawn. Arrays larger than {@link #MAX_DRAWN}
 * along an axis are abbreviated (the first and last cells with a break between them), so a 256 x 256 TPU
 * draws as quickly as a 12 x 14 Eyeriss. Dragging the resize handle maps pixels back to PE counts at the
 * drawn scale.
 *
 * @param rows      PEs along the vertical axis (1 for a 1-D array)
 * @param cols      PEs along the horizontal axis
 * @param drawnRows cells drawn vertically (at most MAX_DRAWN)
 * @param drawnCols cells drawn horizontally
 * @param cell      cell pitch in pixels
 */
public record GridGeometry(int rows, int cols, int drawnRows, int drawnCols, int cell) {

    /** Cells drawn along one axis before the grid is abbreviated. */
    public static final int MAX_DRAWN = 32;
    public static final int MIN_CELL = 6;
    public static final int MAX_CELL = 28;

    /** Fits a rows x cols grid into {@code width x height} pixels. */
    public static GridGeometry fit(int rows, int cols, int width, int height) {
        int dr = Math.min(rows, MAX_DRAWN);
        int dc = Math.min(cols, MAX_DRAWN);
        int cell = Math.min(width / Math.max(dc, 1), height / Math.max(dr, 1));
        cell = Math.max(MIN_CELL, Math.min(MAX_CELL, cell));
        return new GridGeometry(rows, cols, dr, dc, cell);
    }

    public int width() {
        return drawnCols * cell;
    }

    public int height() {
        return drawnRows * cell;
    }

    public boolean abbreviatedRows() {
        return rows > drawnRows;
    }

    public boolean abbreviatedCols() {
        return cols > drawnCols;
    }

    /** PEs one drawn cell stands for along an axis of {@code size} PEs (1 unless abbreviated). */
    static double pesPerCell(int size, int drawn) {
        return (double) size / drawn;
    }

    /** New rows after dragging the handle {@code dy} pixels (at least 1). */
    public int rowsAfterDrag(int dy) {
        return resized(rows, drawnRows, dy);
    }

    /** New columns after dragging the handle {@code dx} pixels (at least 1). */
    public int colsAfterDrag(int dx) {
        return resized(cols, drawnCols, dx);
    }

    private int resized(int size, int drawn, int delta) {
        long n = Math.round(size + delta / (double) cell * pesPerCell(size, drawn));
        return (int) Math.max(1, Math.min(1 << 20, n));
    }

    /** Index of the PE a drawn cell stands for (the middle cell of an abbreviated axis is the break). */
    public static int peIndex(int drawnIndex, int drawn, int size) {
        if (size <= drawn) {
            return drawnIndex;
        }
        int half = drawn / 2;
        return drawnIndex < half ? drawnIndex : size - (drawn - drawnIndex);
    }
}
