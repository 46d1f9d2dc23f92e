package org.hwnas.mapper;

/** One point of a {@link MapSpace}: slot of every prime factor, loop order per level, kept tensors per level. */
final class Genome {
    final int[] slot;
    final int[][] order;
    final int[] keep;

    Genome(int primes, int levels) {
        slot = new int[primes];
        order = new int[levels][MapSpace.DIMS];
        keep = new int[levels];
        for (int[] o : order) {
            for (int d = 0; d < o.length; d++) {
                o[d] = d;
            }
        }
    }

    /** Copies {@code other} into this genome without allocating. */
    void copyFrom(Genome other) {
        System.arraycopy(other.slot, 0, slot, 0, slot.length);
        for (int l = 0; l < order.length; l++) {
            System.arraycopy(other.order[l], 0, order[l], 0, order[l].length);
        }
        System.arraycopy(other.keep, 0, keep, 0, keep.length);
    }
}
