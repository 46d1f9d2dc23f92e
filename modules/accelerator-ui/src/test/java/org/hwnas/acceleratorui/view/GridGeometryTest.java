package org.hwnas.acceleratorui.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class GridGeometryTest {

    @Test
    void smallArraysAreDrawnCellForCell() {
        GridGeometry g = GridGeometry.fit(12, 14, 420, 300);
        assertEquals(12, g.drawnRows());
        assertEquals(14, g.drawnCols());
        assertEquals(25, g.cell(), "min(420/14, 300/12) = 25");
        assertEquals(18, GridGeometry.fit(12, 14, 420, 220).cell());
        assertFalse(g.abbreviatedRows());
        // dragging the handle by two cells adds two PEs
        assertEquals(16, g.colsAfterDrag(2 * 25));
        assertEquals(10, g.rowsAfterDrag(-2 * 25));
        assertEquals(1, g.rowsAfterDrag(-1000), "never below one PE");
    }

    @Test
    void largeArraysAreAbbreviatedAndDragInScaledSteps() {
        GridGeometry g = GridGeometry.fit(256, 256, 420, 300);
        assertEquals(32, g.drawnRows());
        assertEquals(32, g.drawnCols());
        assertTrue(g.abbreviatedRows() && g.abbreviatedCols());
        assertEquals(9, g.cell(), "min(420/32, 300/32) = 9");
        // one drawn cell stands for 256 / 32 = 8 PEs
        assertEquals(264, g.colsAfterDrag(9));
        assertEquals(GridGeometry.MIN_CELL, GridGeometry.fit(256, 4096, 100, 100).cell());
        // cells after the break stand for the last PEs
        assertEquals(0, GridGeometry.peIndex(0, 32, 256));
        assertEquals(255, GridGeometry.peIndex(31, 32, 256));
        assertEquals(5, GridGeometry.peIndex(5, 12, 12));
    }
}
