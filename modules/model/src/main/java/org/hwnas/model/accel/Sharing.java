package org.hwnas.model.accel;

/**
 * How many instances of a memory level exist: one per PE (below the array's fan-out), one global
 * instance (above it), or an explicit count (e.g. one buffer per PE row).
 *
 * @param kind  the sharing kind
 * @param count the explicit instance count for {@link Kind#COUNT}; 0 otherwise
 */
public record Sharing(Kind kind, int count) {

    public enum Kind { PER_PE, GLOBAL, COUNT }

    public static final Sharing PER_PE = new Sharing(Kind.PER_PE, 0);
    public static final Sharing GLOBAL = new Sharing(Kind.GLOBAL, 0);

    public Sharing {
        if (kind == null) {
            throw new IllegalArgumentException("sharing kind is required");
        }
        if (kind == Kind.COUNT ? count <= 0 : count != 0) {
            throw new IllegalArgumentException("an explicit instance count must be > 0 (and only with COUNT), got " + count);
        }
    }

    public static Sharing of(int count) {
        return new Sharing(Kind.COUNT, count);
    }

    /** Number of instances of a level with this sharing in an array of {@code totalPes} PEs. */
    public int instances(int totalPes) {
        return switch (kind) {
            case PER_PE -> totalPes;
            case GLOBAL -> 1;
            case COUNT -> count;
        };
    }

    @Override
    public String toString() {
        return switch (kind) {
            case PER_PE -> "per-pe";
            case GLOBAL -> "global";
            case COUNT -> Integer.toString(count);
        };
    }
}
