package org.hwnas.search.space.accel;

import java.util.ArrayList;
import java.util.List;
import org.hwnas.model.accel.Accelerator;
import org.hwnas.model.accel.AcceleratorKind;
import org.hwnas.model.accel.MemoryLevel;

/**
 * How a base design's on-chip memory splits under an equal-bytes budget: per-PE levels of more than one
 * word are resized by the search, one-word registers stay, and the bounded shared levels below the
 * outermost share what is left in proportion to their base sizes.
 *
 * @param scalable per-PE levels the search resizes (level indices)
 * @param fixed    per-PE levels that keep their size (registers)
 * @param shared   bounded shared levels below the outermost, which take the remainder
 * @param bytes    on-chip byte budget (PEs x per-PE bytes + shared bytes)
 */
record AcceleratorBudget(Accelerator base, int pes, List<Integer> scalable, List<Integer> fixed, List<Integer> shared, long bytes) {

    /** The base's split; throws with a reason when the base cannot be searched this way. */
    static AcceleratorBudget of(Accelerator base, int pes, long bytes) {
        if (base.kind() != AcceleratorKind.SPATIAL || base.array() == null || base.array().axes().size() != 2) {
            throw new IllegalArgumentException("design '" + base.name() + "' must be a spatial design with a 2-axis PE array");
        }
        int fanout = base.fanoutIndex();
        List<Integer> scalable = new ArrayList<>();
        List<Integer> fixed = new ArrayList<>();
        List<Integer> shared = new ArrayList<>();
        for (int i = 0; i < base.levels().size() - 1; i++) {
            MemoryLevel l = base.levels().get(i);
            if (!l.capacity().isBounded()) {
                continue;
            }
            if (i < fanout) {
                (l.capacityWords() > 1 ? scalable : fixed).add(i);
            } else {
                shared.add(i);
            }
        }
        if (shared.isEmpty()) {
            throw new IllegalArgumentException("design '" + base.name() + "' has no bounded shared on-chip level to resize");
        }
        return new AcceleratorBudget(base, pes, List.copyOf(scalable), List.copyOf(fixed), List.copyOf(shared), bytes);
    }

    /** The base's own on-chip bytes: its PEs x per-PE bytes + shared bytes. */
    static long baseBytes(Accelerator base) {
        long b = 0;
        int fanout = base.fanoutIndex();
        for (int i = 0; i < base.levels().size() - 1; i++) {
            MemoryLevel l = base.levels().get(i);
            if (l.capacity().isBounded()) {
                b += i < fanout ? l.capacity().bytes(l.wordBits()) * base.totalPes() : l.capacity().bytes(l.wordBits());
            }
        }
        return b;
    }

    static long wordBytes(MemoryLevel l) {
        return Math.max(1, (l.wordBits() + 7) / 8);
    }

    /** Bytes of per-PE level {@code i} at a scale: whole words, at least one. */
    long scaledBytes(int i, double scale) {
        MemoryLevel l = base.levels().get(i);
        long w = wordBytes(l);
        long b = Math.round(l.capacity().bytes(l.wordBits()) * scale / w) * w;
        return Math.max(w, b);
    }

    /** Bytes per PE for the given scalable sizes, registers included. */
    long perPeBytes(long[] scalableBytes) {
        long b = 0;
        for (long x : scalableBytes) {
            b += x;
        }
        for (int i : fixed) {
            MemoryLevel l = base.levels().get(i);
            b += l.capacity().bytes(l.wordBits());
        }
        return b;
    }

    /** Sizes of the shared levels for what the PEs leave of the budget; null if a level gets less than one block. */
    long[] sharedBytes(long perPe) {
        long left = bytes - perPe * pes;
        long baseShared = 0;
        for (int i : shared) {
            MemoryLevel l = base.levels().get(i);
            baseShared += l.capacity().bytes(l.wordBits());
        }
        long[] out = new long[shared.size()];
        for (int k = 0; k < out.length; k++) {
            MemoryLevel l = base.levels().get(shared.get(k));
            long w = wordBytes(l);
            long share = (long) ((double) left * l.capacity().bytes(l.wordBits()) / baseShared);
            out[k] = share / w * w;
            if (out[k] < w * l.blockWords()) {
                return null;
            }
        }
        return out;
    }
}
