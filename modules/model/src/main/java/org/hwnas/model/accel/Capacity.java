package org.hwnas.model.accel;

/**
 * The size of one instance of a memory level, kept in the unit the user wrote it in so documents
 * round-trip unchanged.
 *
 * @param amount the size in {@code unit}; ignored for {@link Unit#UNBOUNDED}
 */
public record Capacity(long amount, Unit unit) {

    public enum Unit { WORDS, BYTES, UNBOUNDED }

    /** No capacity limit (DRAM). */
    public static final Capacity UNBOUNDED = new Capacity(0, Unit.UNBOUNDED);

    public Capacity {
        if (unit == null) {
            throw new IllegalArgumentException("capacity unit is required");
        }
        if (unit != Unit.UNBOUNDED && amount <= 0) {
            throw new IllegalArgumentException("capacity must be > 0, got " + amount);
        }
        if (unit == Unit.UNBOUNDED) {
            amount = 0;
        }
    }

    public static Capacity words(long n) {
        return new Capacity(n, Unit.WORDS);
    }

    public static Capacity bytes(long n) {
        return new Capacity(n, Unit.BYTES);
    }

    public boolean isBounded() {
        return unit != Unit.UNBOUNDED;
    }

    /** Capacity in words of {@code wordBits} bits; {@link Long#MAX_VALUE} when unbounded. */
    public long words(int wordBits) {
        return switch (unit) {
            case WORDS -> amount;
            case BYTES -> amount * 8 / wordBits;
            case UNBOUNDED -> Long.MAX_VALUE;
        };
    }

    /** Capacity in bytes for words of {@code wordBits} bits; {@link Long#MAX_VALUE} when unbounded. */
    public long bytes(int wordBits) {
        return switch (unit) {
            case WORDS -> (amount * wordBits + 7) / 8;
            case BYTES -> amount;
            case UNBOUNDED -> Long.MAX_VALUE;
        };
    }
}
