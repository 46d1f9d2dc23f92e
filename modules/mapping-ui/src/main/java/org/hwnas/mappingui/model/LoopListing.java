package org.hwnas.mappingui.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hwnas.cost.api.CostReport;
import org.hwnas.cost.api.LevelCost;
import org.hwnas.cost.api.TensorCost;
import org.hwnas.model.accel.Accelerator;
import org.hwnas.model.accel.MemoryLevel;
import org.hwnas.model.mapping.LevelMapping;
import org.hwnas.model.mapping.Loop;
import org.hwnas.model.mapping.Mapping;
import org.hwnas.model.workload.Tensor;

/**
 * The loop nest of a mapping as an indented listing, outermost level first, in the style of Timeloop's
 * {@code map.txt}: each memory level with the tiles it holds, then its temporal loops; the spatial
 * loops follow the temporal loops of the level the array fans out from.
 * <pre>
 * DRAM [weights 864, inputs 151875, outputs 401408]
 * -------------------------------------------------
 * | for P in [0:8)
 * |   for Q in [0:2)
 * </pre>
 */
public final class LoopListing {

    private LoopListing() {
    }

    /** One line of the listing, with the mapping position it shows (for highlighting). */
    public record Line(String text, String level, Loop loop, boolean spatial) {
    }

    public static String text(Mapping m, Accelerator a, CostReport r) {
        StringBuilder sb = new StringBuilder();
        for (Line l : lines(m, a, r)) {
            sb.append(l.text()).append('\n');
        }
        return sb.toString();
    }

    /**
     * @param a the accelerator (all its levels are listed, and the fan-out placed); may be null, then only
     *          the mapping's levels are listed and the spatial loops come last
     * @param r the evaluation (tile sizes in the headers); may be null
     */
    public static List<Line> lines(Mapping m, Accelerator a, CostReport r) {
        List<String> levels = new ArrayList<>();
        String fanout = null;
        if (a != null) {
            for (int i = a.levels().size() - 1; i >= 0; i--) {
                levels.add(a.levels().get(i).name());
            }
            if (a.array() != null && a.fanoutIndex() < a.levels().size()) {
                fanout = a.levels().get(a.fanoutIndex()).name();
            }
        }
        for (LevelMapping l : m.levels()) {
            if (!levels.contains(l.level())) {
                levels.add(l.level()); // not in the design: still shown, the rules report it
            }
        }
        List<Line> out = new ArrayList<>();
        int depth = 0;
        boolean spatialDone = false;
        for (String name : levels) {
            if (!out.isEmpty()) {
                out.add(new Line("", name, null, false));
            }
            String header = name + tiles(name, a, r);
            out.add(new Line(header, name, null, false));
            out.add(new Line("-".repeat(header.length()), name, null, false));
            Optional<LevelMapping> lm = m.level(name);
            if (lm.isPresent()) {
                for (Loop loop : lm.get().temporal()) {
                    out.add(new Line(loopLine(depth++, loop, ""), name, loop, false));
                }
            }
            if (name.equals(fanout)) {
                depth = spatial(m, name, depth, out);
                spatialDone = true;
            }
        }
        if (!spatialDone && !m.spatial().isEmpty()) {
            out.add(new Line("", "", null, false));
            out.add(new Line("spatial", "", null, false));
            spatial(m, "", depth, out);
        }
        return out;
    }

    private static int spatial(Mapping m, String level, int depth, List<Line> out) {
        for (var e : m.spatial().entrySet()) {
            for (Loop loop : e.getValue()) {
                out.add(new Line(loopLine(depth++, loop, " (spatial " + e.getKey() + ")"), level, loop, true));
            }
        }
        return depth;
    }

    private static String loopLine(int depth, Loop loop, String suffix) {
        return "|" + "  ".repeat(depth) + " for " + loop.dim() + " in [0:" + loop.factor() + ")" + suffix;
    }

    /** {@code " [weights 864, inputs 3]"} from the report, else the tensors the level keeps. */
    private static String tiles(String level, Accelerator a, CostReport r) {
        List<String> parts = new ArrayList<>();
        Optional<LevelCost> lc = r == null ? Optional.empty() : r.level(level);
        if (lc.isPresent()) {
            for (Tensor t : Tensor.values()) {
                lc.get().tensor(t).map(TensorCost::tileWords).ifPresent(w -> parts.add(t.key() + " " + w));
            }
        } else if (a != null) {
            Optional<MemoryLevel> ml = a.level(level);
            for (Tensor t : Tensor.values()) {
                if (ml.isPresent() && ml.get().keeps(t)) {
                    parts.add(t.key());
                }
            }
        }
        return parts.isEmpty() ? "" : " [" + String.join(", ", parts) + "]";
    }
}
