package org.hwnas.mappingui.model;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.hwnas.cost.api.CostReport;
import org.hwnas.model.accel.Accelerator;
import org.hwnas.model.accel.ArrayAxis;
import org.hwnas.model.accel.MemoryLevel;
import org.hwnas.model.mapping.LevelMapping;
import org.hwnas.model.mapping.Loop;
import org.hwnas.model.mapping.Mapping;
import org.hwnas.model.workload.Dim;
import org.hwnas.model.workload.LoopBounds;
import org.hwnas.model.workload.Tensor;

/**
 * The PE array under a mapping: which PEs are active, which loop indices each row and column holds, which
 * PEs share the same data of an operand (multicast of weights/inputs, spatial reduction of outputs), and
 * a step-through of the innermost temporal loops saying which operand moves where at each step.
 * <p>The grid has the first array axis as rows and the others (flattened) as columns; a 1-D array is one row.
 */
public final class PeArrayModel {

    /** One array axis with its spatial loops (outermost first) and the PEs they occupy. */
    public record Axis(String name, int size, List<Loop> loops, int used) {
        public Axis {
            loops = List.copyOf(loops);
        }
    }

    /** What happens to one operand at one step of the animation. */
    public record Move(Tensor tensor, boolean moved, String from, String to) {
        /** e.g. {@code weights: DRAM -> weights_spad} or {@code inputs: reused in ifmap_spad}. */
        public String describe() {
            if (!moved) {
                return tensor.key() + ": reused in " + to;
            }
            return tensor == Tensor.OUTPUTS
                    ? tensor.key() + ": " + to + " -> " + from + " (partial sums out, next tile in)"
                    : tensor.key() + ": " + from + " -> " + to;
        }
    }

    /** One step: the index of each animated loop (innermost last) and the operand moves. */
    public record Step(int[] indices, List<Move> moves) {
        public Step {
            indices = indices.clone();
            moves = List.copyOf(moves);
        }

        public boolean moved(Tensor t) {
            return moves.stream().anyMatch(m -> m.tensor() == t && m.moved());
        }
    }

    /** One temporal loop of the animation window, with the level that owns it. */
    public record WindowLoop(String level, Loop loop) {
    }

    private final Mapping mapping;
    private final Accelerator accelerator;
    private final CostReport report;
    private final List<Axis> axes;
    private final Map<Loop, Integer> coefficient = new java.util.IdentityHashMap<>();

    private PeArrayModel(Mapping mapping, Accelerator accelerator, CostReport report, List<Axis> axes) {
        this.mapping = mapping;
        this.accelerator = accelerator;
        this.report = report;
        this.axes = List.copyOf(axes);
        // coefficient of a loop = product of the factors of the same dim in the loops nested inside it
        List<LoopListing.Line> nest = LoopListing.lines(mapping, accelerator, null);
        Map<Dim, Integer> inner = new EnumMap<>(Dim.class);
        for (int i = nest.size() - 1; i >= 0; i--) {
            Loop l = nest.get(i).loop();
            if (l != null) {
                int below = inner.getOrDefault(l.dim(), 1);
                coefficient.put(l, below);
                inner.put(l.dim(), below * l.factor());
            }
        }
    }

    /** @param report the evaluation, for bypass choices (may be null: then the architecture's keeps) */
    public static PeArrayModel of(Mapping m, Accelerator a, CostReport report) {
        List<Axis> axes = new ArrayList<>();
        if (a.array() != null) {
            for (ArrayAxis ax : a.array().axes()) {
                List<Loop> loops = m.spatial().getOrDefault(ax.name(), List.of());
                int used = 1;
                for (Loop l : loops) {
                    used *= l.factor();
                }
                axes.add(new Axis(ax.name(), ax.size(), loops, used));
            }
        }
        return new PeArrayModel(m, a, report, axes);
    }

    public List<Axis> axes() {
        return axes;
    }

    public int rows() {
        return axes.size() < 2 ? 1 : axes.get(0).size();
    }

    public int cols() {
        int c = 1;
        for (int i = axes.size() < 2 ? 0 : 1; i < axes.size(); i++) {
            c *= axes.get(i).size();
        }
        return c;
    }

    public int totalPes() {
        return rows() * cols();
    }

    /** PEs the spatial loops occupy (the product of the used extent of every axis). */
    public int activePes() {
        int n = 1;
        for (Axis a : axes) {
            n *= Math.min(a.used(), a.size());
        }
        return n;
    }

    /** Positions along each axis of the PE at (row, col). */
    private int[] positions(int row, int col) {
        int[] pos = new int[axes.size()];
        int first = axes.size() < 2 ? 0 : 1;
        if (first == 1) {
            pos[0] = row;
        }
        int c = col;
        for (int i = axes.size() - 1; i >= first; i--) {
            pos[i] = c % axes.get(i).size();
            c /= axes.get(i).size();
        }
        return pos;
    }

    public boolean active(int row, int col) {
        int[] pos = positions(row, col);
        for (int i = 0; i < pos.length; i++) {
            if (pos[i] >= axes.get(i).used()) {
                return false;
            }
        }
        return true;
    }

    /** The spatial loop indices at position {@code pos} of an axis, last loop fastest, e.g. {@code C1 S2}. */
    public static Map<Loop, Integer> indices(Axis axis, int pos) {
        Map<Loop, Integer> out = new java.util.LinkedHashMap<>();
        int p = pos;
        List<Loop> loops = axis.loops();
        int[] idx = new int[loops.size()];
        for (int i = loops.size() - 1; i >= 0; i--) {
            idx[i] = p % loops.get(i).factor();
            p /= loops.get(i).factor();
        }
        for (int i = 0; i < loops.size(); i++) {
            out.put(loops.get(i), idx[i]);
        }
        return out;
    }

    /** What row {@code row} holds, e.g. {@code C1 S2}; "" for an idle row, "-" when the axis has no loops. */
    public String rowLabel(int row) {
        return axes.size() < 2 ? "" : label(axes.get(0), row);
    }

    /** What column {@code col} holds (all column axes), e.g. {@code Q13}. */
    public String colLabel(int col) {
        int[] pos = positions(0, col);
        List<String> parts = new ArrayList<>();
        for (int i = axes.size() < 2 ? 0 : 1; i < axes.size(); i++) {
            String l = label(axes.get(i), pos[i]);
            if (!l.isEmpty() && !l.equals("-")) {
                parts.add(l);
            }
        }
        return String.join(" ", parts);
    }

    private static String label(Axis a, int pos) {
        if (pos >= a.used()) {
            return "";
        }
        if (a.loops().isEmpty()) {
            return "-";
        }
        List<String> parts = new ArrayList<>();
        indices(a, pos).forEach((l, i) -> parts.add(l.dim().name() + i));
        return String.join(" ", parts);
    }

    /**
     * A key for the element of {@code t} the PE at (row, col) works on, from its spatial loop indices: PEs
     * with equal keys share that data (multicast for weights and inputs, reduction for outputs). Input
     * coordinates combine P with R and Q with S through stride and dilation, so row-stationary diagonals
     * share inputs. Null for an idle PE.
     */
    public List<Long> shareKey(Tensor t, int row, int col) {
        if (!active(row, col)) {
            return null;
        }
        Map<Dim, Integer> at = new EnumMap<>(Dim.class);
        int[] pos = positions(row, col);
        for (int i = 0; i < axes.size(); i++) {
            indices(axes.get(i), pos[i]).forEach((l, idx) -> at.merge(l.dim(), idx * coefficient.getOrDefault(l, 1), Integer::sum));
        }
        LoopBounds b = mapping.bounds();
        long[] parts;
        int p = at.getOrDefault(Dim.P, 0);
        int q = at.getOrDefault(Dim.Q, 0);
        int r = at.getOrDefault(Dim.R, 0);
        int s = at.getOrDefault(Dim.S, 0);
        parts = switch (t) {
            case WEIGHTS -> new long[] {at.getOrDefault(Dim.G, 0), at.getOrDefault(Dim.K, 0), at.getOrDefault(Dim.C, 0), r, s};
            case OUTPUTS -> new long[] {at.getOrDefault(Dim.N, 0), at.getOrDefault(Dim.G, 0), at.getOrDefault(Dim.K, 0), p, q};
            case INPUTS -> new long[] {at.getOrDefault(Dim.N, 0), at.getOrDefault(Dim.G, 0), at.getOrDefault(Dim.C, 0),
                (long) b.strideW() * p + (long) b.dilationW() * r, (long) b.strideH() * q + (long) b.dilationH() * s};
        };
        List<Long> key = new ArrayList<>(parts.length);
        for (long v : parts) {
            key.add(v);
        }
        return key;
    }

    /** Distinct data of {@code t} held across the active PEs (e.g. 1 = fully multicast). */
    public int distinct(Tensor t) {
        java.util.Set<List<Long>> keys = new java.util.HashSet<>();
        for (int r = 0; r < rows(); r++) {
            for (int c = 0; c < cols(); c++) {
                List<Long> k = shareKey(t, r, c);
                if (k != null) {
                    keys.add(k);
                }
            }
        }
        return keys.size();
    }

    /**
     * The innermost temporal loops (factor > 1) whose iterations together are at most {@code maxSteps},
     * innermost last; at least one loop when the nest has any.
     */
    public List<WindowLoop> window(int maxSteps) {
        List<WindowLoop> all = new ArrayList<>();
        for (LoopListing.Line l : LoopListing.lines(mapping, accelerator, null)) {
            if (l.loop() != null && !l.spatial() && l.loop().factor() > 1) {
                all.add(new WindowLoop(l.level(), l.loop()));
            }
        }
        List<WindowLoop> out = new ArrayList<>();
        long steps = 1;
        for (int i = all.size() - 1; i >= 0; i--) {
            long next = steps * all.get(i).loop().factor();
            if (!out.isEmpty() && next > maxSteps) {
                break;
            }
            out.add(0, all.get(i));
            steps = next;
        }
        return out;
    }

    /** The steps of the animation over {@link #window(int)}: one per iteration, innermost loop fastest. */
    public List<Step> steps(int maxSteps) {
        List<WindowLoop> w = window(maxSteps);
        int total = 1;
        for (WindowLoop l : w) {
            total *= l.loop().factor();
        }
        total = Math.min(total, Math.max(1, maxSteps)); // a single huge innermost loop is cut short
        List<Step> out = new ArrayList<>();
        int[] prev = null;
        for (int s = 0; s < total; s++) {
            int[] idx = new int[w.size()];
            int x = s;
            for (int i = w.size() - 1; i >= 0; i--) {
                idx[i] = x % w.get(i).loop().factor();
                x /= w.get(i).loop().factor();
            }
            List<Move> moves = new ArrayList<>();
            for (Tensor t : Tensor.values()) {
                moves.add(move(t, w, prev, idx));
            }
            out.add(new Step(idx, moves));
            prev = idx;
        }
        return out;
    }

    private Move move(Tensor t, List<WindowLoop> w, int[] prev, int[] idx) {
        String pe = innermostKeeper(t, 0);
        String peLevel = pe == null ? "MAC" : pe;
        if (prev == null) { // the first tile arrives from the next level up that keeps the operand
            int i = pe == null ? -1 : accelerator.levelIndex(pe);
            String from = innermostKeeper(t, i + 1);
            return new Move(t, true, from == null ? accelerator.outermost().name() : from, peLevel);
        }
        int outermostChanged = -1;
        for (int i = 0; i < idx.length; i++) {
            if (idx[i] != prev[i] && t.isRelevant(w.get(i).loop().dim())) {
                outermostChanged = i;
                break;
            }
        }
        if (outermostChanged < 0) {
            return new Move(t, false, peLevel, peLevel);
        }
        String owner = w.get(outermostChanged).level();
        String from = keeperAtOrAbove(t, owner);
        int ownerIdx = accelerator.levelIndex(owner);
        String to = ownerIdx > 0 ? innermostKeeper(t, 0, ownerIdx) : null;
        return new Move(t, true, from, to == null ? "MAC" : to);
    }

    private boolean keeps(int level, Tensor t) {
        MemoryLevel hw = accelerator.levels().get(level);
        if (report != null) {
            return report.level(hw.name()).flatMap(l -> l.tensor(t)).isPresent();
        }
        return mapping.level(hw.name()).flatMap(LevelMapping::keepOverride).map(k -> k.contains(t)).orElse(hw.keeps(t));
    }

    private String innermostKeeper(Tensor t, int from) {
        return innermostKeeper(t, from, accelerator.levels().size());
    }

    /** The innermost level in [from, to) keeping t, or null. */
    private String innermostKeeper(Tensor t, int from, int to) {
        for (int i = from; i < to; i++) {
            if (keeps(i, t)) {
                return accelerator.levels().get(i).name();
            }
        }
        return null;
    }

    private String keeperAtOrAbove(Tensor t, String level) {
        int i = Math.max(0, accelerator.levelIndex(level));
        String k = innermostKeeper(t, i);
        return k == null ? accelerator.outermost().name() : k;
    }
}
