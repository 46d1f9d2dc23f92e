package org.hwnas.model.accel;

/**
 * Energy of one access to a memory level, in pJ, for one <em>block</em> (vector) of
 * {@link MemoryLevel#blockWords()} words, as Accelergy's energy reference tables give it.
 * The cost model charges {@code ceil(count / blockWords)} accesses per instance (Timeloop's rule).
 *
 * @param readPj   a read of one block
 * @param writePj  a fill (write coming from the parent level)
 * @param updatePj a partial-sum update (write coming from the child level)
 * @param leakPj   static energy per instance and cycle
 */
public record AccessEnergy(double readPj, double writePj, double updatePj, double leakPj) {

    public static final AccessEnergy ZERO = new AccessEnergy(0, 0, 0, 0);

    public AccessEnergy {
        check("read", readPj);
        check("write", writePj);
        check("update", updatePj);
        check("leak", leakPj);
    }

    private static void check(String what, double v) {
        if (!Double.isFinite(v) || v < 0) {
            throw new IllegalArgumentException(what + " energy must be a finite number >= 0, got " + v);
        }
    }

    /** The same energies scaled by {@code f} (used to turn per-word table values into per-block ones). */
    public AccessEnergy scaled(double f) {
        return new AccessEnergy(readPj * f, writePj * f, updatePj * f, leakPj * f);
    }
}
