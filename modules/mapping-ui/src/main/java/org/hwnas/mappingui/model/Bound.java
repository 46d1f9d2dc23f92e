package org.hwnas.mappingui.model;

import org.hwnas.cost.api.CostReport;
import org.hwnas.cost.api.LevelCost;

/**
 * What limits a layer's cycles: the compute (every level keeps up) or the bandwidth of one memory level
 * (the one with the worst slowdown, which stretches the compute cycles by {@code 1 / slowdown}).
 *
 * @param level    the bandwidth-bound level, or "" when compute-bound
 * @param slowdown that level's slowdown (1 when compute-bound)
 */
public record Bound(String level, double slowdown) {

    public static final Bound COMPUTE = new Bound("", 1.0);

    public static Bound of(CostReport r) {
        LevelCost worst = null;
        for (LevelCost l : r.levels()) {
            if (l.slowdown() < 1.0 && (worst == null || l.slowdown() < worst.slowdown())) {
                worst = l;
            }
        }
        return worst == null || r.cycles() <= r.computeCycles() ? COMPUTE : new Bound(worst.name(), worst.slowdown());
    }

    public boolean computeBound() {
        return level.isEmpty();
    }

    /** {@code compute} or {@code bandwidth: shared_glb}: the key layers are grouped by. */
    public String key() {
        return computeBound() ? "compute" : "bandwidth: " + level;
    }

    /** {@link #key()} with the stretch factor, e.g. {@code bandwidth: shared_glb (x1.50)}. */
    public String label() {
        return computeBound() ? key() : String.format(java.util.Locale.ROOT, "%s (x%.2f)", key(), 1.0 / slowdown);
    }
}
