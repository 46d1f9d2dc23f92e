package org.hwnas.latency.lut;

import java.util.ArrayList;
import java.util.List;
import org.hwnas.arch.nb201.Nb201Cell;
import org.hwnas.model.network.zoo.Nb201Op;

/**
 * How an NB201 network splits into LUT entries: one {@code nb201/skeleton} entry (stem, the two
 * reduction blocks, head) plus, for each of the cell's six edges, the entry of its op. Every stage
 * repeats the same cell, so an op entry is the cost of that op on one edge of all 15 cells (five at each
 * of 16x32x32, 32x16x16, 64x8x8): whole-network measurements cannot tell the stages apart.
 */
public final class Nb201LutKeys {
    public static final LutKey SKELETON = new LutKey("nb201/skeleton", "3x32x32", "10x1x1");

    private Nb201LutKeys() {
    }

    /** The entry of one edge op. {@code none} is the reference: derived tables give it 0 ms. */
    public static LutKey op(Nb201Op op) {
        return new LutKey("nb201/" + op.token(), "16x32x32", "64x8x8");
    }

    /** Skeleton first, then the six edge ops in arch-string order. */
    public static List<LutKey> of(Nb201Cell cell) {
        List<LutKey> keys = new ArrayList<>(1 + Nb201Cell.EDGES);
        keys.add(SKELETON);
        for (Nb201Op op : cell.ops()) {
            keys.add(op(op));
        }
        return keys;
    }
}
