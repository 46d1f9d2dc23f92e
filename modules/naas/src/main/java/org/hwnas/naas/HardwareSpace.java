package org.hwnas.naas;

import java.util.ArrayList;
import java.util.List;
import org.hwnas.model.accel.AccessEnergy;
import org.hwnas.model.accel.Accelerator;
import org.hwnas.model.accel.AcceleratorKind;
import org.hwnas.model.accel.ArrayAxis;
import org.hwnas.model.accel.Capacity;
import org.hwnas.model.accel.Dataflow;
import org.hwnas.model.accel.MemoryLevel;
import org.hwnas.model.accel.PeArray;
import org.hwnas.model.workload.Dim;
import org.hwnas.model.workload.Tensor;
import java.util.EnumSet;

/**
 * The NAAS hardware encoding around a base design (the Eyeriss-like one), at a fixed PE budget and a
 * fixed on-chip byte budget. Every gene is a real number in [0, 1]; every vector decodes to a design
 * inside both budgets.
 * <ul>
 * <li>gene 0, <b>array sizing</b>: index into the rows x cols factorizations of the PE budget (both sides
 *     at least {@code minAxis});</li>
 * <li>gene 1, <b>buffer sizing</b>: the share of the on-chip bytes given to the per-PE scratchpads
 *     ({@link #PE_SHARE_MIN}..{@link #PE_SHARE_MAX}); the bounded shared levels below DRAM take the rest
 *     in proportion to their base sizes;</li>
 * <li>one gene per resizable per-PE level: how the per-PE bytes split among them (shares
 *     {@code (SPLIT_FLOOR + v) / sum});</li>
 * <li>{@link Mode#FULL} only, <b>connectivity</b>: a 6-entry importance vector over
 *     {@code K, C, P, Q, R, S} per array axis; the argmax (excluding the rows' argmax for the columns) is
 *     the axis's primary parallel dim, and up to two more dims whose importance exceeds
 *     {@link #CONNECT_THRESHOLD} are connected too (Eyeriss's rows unroll S, C and K) [open choice, ours:
 *     the loopnest model charges no network-on-chip cost, so richer connectivity is free; the cap keeps
 *     it at Eyeriss's level]. An axis given K or C also unrolls G, so depthwise layers (whose channel
 *     loop is G) use it too [open choice, ours].</li>
 * </ul>
 * In {@link Mode#FULL} the shared on-chip levels may hold every tensor (the Eyeriss-like base bypasses
 * weights at its global buffer, which starves a C/K-parallel array); whether a layer bypasses a level is
 * then the mapping's choice [open choice, ours]. {@link Mode#SIZING_ONLY} keeps the base's connectivity,
 * kept tensors and dataflow preset (the "sizing only" baseline). Per-access energies of a resized level scale with the square root of its size ratio and its
 * leakage linearly (CACTI-like trend, the same rule as the search module's accelerator space); bandwidths
 * stay as in the base.
 */
public final class HardwareSpace {
    /** What the vector searches. */
    public enum Mode { FULL, SIZING_ONLY }

    /** Loop dims an array axis may unroll (NAAS's D). */
    public static final List<Dim> PARALLEL = List.of(Dim.K, Dim.C, Dim.P, Dim.Q, Dim.R, Dim.S);
    public static final double PE_SHARE_MIN = 0.02;
    public static final double PE_SHARE_MAX = 0.85;
    static final double SPLIT_FLOOR = 0.05;
    /** Importance above which a dim is connected to an axis besides its argmax. */
    public static final double CONNECT_THRESHOLD = 0.5;
    /** At most this many loop dims per axis (Eyeriss's rows unroll three: S, C, K); G comes on top. */
    public static final int MAX_AXIS_DIMS = 3;

    private final Accelerator base;
    private final Mode mode;
    private final int pes;
    private final long onchipBytes;
    private final List<int[]> shapes;
    private final List<Integer> scalable = new ArrayList<>();
    private final List<Integer> fixed = new ArrayList<>();
    private final List<Integer> shared = new ArrayList<>();

    /**
     * @throws IllegalArgumentException when the base cannot be searched this way (reason named)
     */
    public HardwareSpace(Accelerator base, int pes, long onchipBytes, int minAxis, Mode mode) {
        if (base.kind() != AcceleratorKind.SPATIAL || base.array() == null || base.array().axes().size() != 2) {
            throw new IllegalArgumentException("base design '" + base.name() + "' must be a spatial design with a 2-axis PE array");
        }
        this.base = base;
        this.mode = mode;
        this.pes = pes;
        this.onchipBytes = onchipBytes;
        this.shapes = shapes(pes, minAxis);
        if (shapes.isEmpty()) {
            throw new IllegalArgumentException("no rows x cols array has " + pes + " PEs with both sides >= " + minAxis);
        }
        int fanout = base.fanoutIndex();
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
            throw new IllegalArgumentException("base design '" + base.name() + "' has no bounded shared on-chip level to resize");
        }
        long perPeFixed = 0;
        for (int i : fixed) {
            perPeFixed += bytes(base.levels().get(i));
        }
        if ((double) onchipBytes * (1 - PE_SHARE_MAX) < 1024 || perPeFixed * pes > onchipBytes * PE_SHARE_MIN) {
            throw new IllegalArgumentException("on-chip budget of " + onchipBytes + " bytes is too small for " + pes + " PEs");
        }
    }

    /** The base's own budgets: its PE count and on-chip bytes. */
    public static HardwareSpace around(Accelerator base, Mode mode) {
        return new HardwareSpace(base, base.totalPes(), onchipBytes(base), 2, mode);
    }

    /** Every rows x cols = pes with both sides at least minAxis, rows ascending. */
    static List<int[]> shapes(int pes, int minAxis) {
        List<int[]> out = new ArrayList<>();
        for (int r = Math.max(1, minAxis); r <= pes; r++) {
            if (pes % r == 0 && pes / r >= minAxis) {
                out.add(new int[] {r, pes / r});
            }
        }
        return out;
    }

    /** PEs x per-PE bytes + shared bytes of the bounded levels below the outermost. */
    public static long onchipBytes(Accelerator a) {
        long b = 0;
        int fanout = a.fanoutIndex();
        for (int i = 0; i < a.levels().size() - 1; i++) {
            MemoryLevel l = a.levels().get(i);
            if (l.capacity().isBounded()) {
                b += i < fanout ? bytes(l) * a.totalPes() : bytes(l);
            }
        }
        return b;
    }

    /** True when the design has exactly {@code pes} PEs and at most {@code bytes} on-chip bytes. */
    public static boolean withinBudget(Accelerator a, int pes, long bytes) {
        return a.totalPes() == pes && onchipBytes(a) <= bytes;
    }

    private static long bytes(MemoryLevel l) {
        return l.capacity().bytes(l.wordBits());
    }

    private static long wordBytes(MemoryLevel l) {
        return Math.max(1, (l.wordBits() + 7) / 8);
    }

    public Accelerator base() {
        return base;
    }

    public Mode mode() {
        return mode;
    }

    public int pes() {
        return pes;
    }

    public long onchipBytes() {
        return onchipBytes;
    }

    /** Number of rows x cols factorizations gene 0 indexes. */
    public int shapeCount() {
        return shapes.size();
    }

    public int dimensions() {
        return 2 + scalable.size() + (mode == Mode.FULL ? 2 * PARALLEL.size() : 0);
    }

    /**
     * A vector that decodes to the base's shape, buffer split and (in {@link Mode#FULL}) connectivity: the
     * search starts at the base design [open choice: NAAS does not say where its CMA-ES starts].
     */
    public double[] baseVector() {
        double[] h = new double[dimensions()];
        java.util.Arrays.fill(h, 0.5);
        int rows = base.array().axes().get(0).size();
        int cols = base.array().axes().get(1).size();
        for (int i = 0; i < shapes.size(); i++) {
            if (shapes.get(i)[0] == rows && shapes.get(i)[1] == cols) {
                h[0] = (i + 0.5) / shapes.size();
            }
        }
        long perPe = 0;
        double maxShare = 0;
        for (int i : scalable) {
            perPe += bytes(base.levels().get(i));
        }
        for (int i : fixed) {
            perPe += bytes(base.levels().get(i));
        }
        double share = (double) perPe * pes / onchipBytes;
        h[1] = clamp((share - PE_SHARE_MIN) / (PE_SHARE_MAX - PE_SHARE_MIN));
        long scal = 0;
        for (int i : scalable) {
            scal += bytes(base.levels().get(i));
        }
        for (int i : scalable) {
            maxShare = Math.max(maxShare, (double) bytes(base.levels().get(i)) / scal);
        }
        for (int k = 0; k < scalable.size(); k++) {
            double t = (double) bytes(base.levels().get(scalable.get(k))) / scal;
            h[2 + k] = clamp(t * (1 + SPLIT_FLOOR) / maxShare - SPLIT_FLOOR);
        }
        if (mode == Mode.FULL) {
            // the base's connectivity: its listed dims in order of importance, the rest unconnected
            int off = 2 + scalable.size();
            for (int a = 0; a < 2; a++) {
                List<Dim> listed = base.array().axes().get(a).parallelDims();
                double v = 0.9;
                for (int i = 0; i < PARALLEL.size(); i++) {
                    h[off + a * PARALLEL.size() + i] = 0.2;
                }
                for (Dim d : listed) {
                    int i = PARALLEL.indexOf(d);
                    if (i >= 0 && v > CONNECT_THRESHOLD) {
                        h[off + a * PARALLEL.size() + i] = v;
                        v -= 0.1;
                    }
                }
            }
        }
        return h;
    }

    private static double clamp(double v) {
        return Double.isNaN(v) ? 0 : Math.max(0, Math.min(1, v));
    }

    /** The design vector {@code h} encodes (genes are clamped to [0, 1]). */
    public HardwareDesign decode(double[] h) {
        if (h.length != dimensions()) {
            throw new IllegalArgumentException("hardware vector has " + h.length + " genes, expected " + dimensions());
        }
        int[] shape = shapes.get((int) Math.min(shapes.size() - 1, Math.floor(clamp(h[0]) * shapes.size())));
        double peShare = PE_SHARE_MIN + clamp(h[1]) * (PE_SHARE_MAX - PE_SHARE_MIN);
        double perPeBudget = peShare * onchipBytes / pes;
        for (int i : fixed) {
            perPeBudget -= bytes(base.levels().get(i));
        }
        double sum = 0;
        for (int k = 0; k < scalable.size(); k++) {
            sum += SPLIT_FLOOR + clamp(h[2 + k]);
        }
        Long[] sizes = new Long[base.levels().size()];
        long perPe = 0;
        for (int k = 0; k < scalable.size(); k++) {
            MemoryLevel l = base.levels().get(scalable.get(k));
            long w = wordBytes(l);
            long b = (long) Math.floor(perPeBudget * (SPLIT_FLOOR + clamp(h[2 + k])) / sum / w) * w;
            sizes[scalable.get(k)] = Math.max(w, b);
            perPe += sizes[scalable.get(k)];
        }
        for (int i : fixed) {
            perPe += bytes(base.levels().get(i));
        }
        long left = onchipBytes - perPe * pes;
        long baseShared = 0;
        for (int i : shared) {
            baseShared += bytes(base.levels().get(i));
        }
        for (int i : shared) {
            MemoryLevel l = base.levels().get(i);
            long unit = wordBytes(l) * l.blockWords();
            long share = (long) ((double) left * bytes(l) / baseShared);
            sizes[i] = Math.max(unit, share / unit * unit);
        }
        List<Dim> rowDims;
        List<Dim> colDims;
        Dataflow dataflow;
        if (mode == Mode.FULL) {
            int n = PARALLEL.size();
            int off = 2 + scalable.size();
            int r = ImportanceVector.argmax(h, off, n, null);
            boolean[] used = new boolean[n];
            used[r] = true;
            int c = ImportanceVector.argmax(h, off + n, n, used);
            rowDims = connected(h, off, r, -1);
            colDims = connected(h, off + n, c, r);
            dataflow = Dataflow.FLEXIBLE;
        } else {
            rowDims = base.array().axes().get(0).parallelDims();
            colDims = base.array().axes().get(1).parallelDims();
            dataflow = base.dataflow();
        }
        List<MemoryLevel> levels = new ArrayList<>();
        List<Long> levelBytes = new ArrayList<>();
        for (int i = 0; i < base.levels().size(); i++) {
            MemoryLevel l = base.levels().get(i);
            if (sizes[i] != null) {
                l = resized(l, sizes[i]);
            }
            if (mode == Mode.FULL && i >= base.fanoutIndex() && !l.keeps().containsAll(EnumSet.allOf(Tensor.class))) {
                l = keepingAll(l);
            }
            if (i < base.levels().size() - 1 && l.capacity().isBounded()) {
                levelBytes.add(bytes(l));
            }
            levels.add(l);
        }
        List<ArrayAxis> axes = base.array().axes();
        PeArray array = PeArray.grid(new ArrayAxis(axes.get(0).name(), shape[0], rowDims),
                new ArrayAxis(axes.get(1).name(), shape[1], colDims));
        String name = base.name() + (mode == Mode.FULL ? "-naas-" : "-sized-") + shape[0] + "x" + shape[1]
                + (mode == Mode.FULL ? "-" + rowDims.get(0) + colDims.get(0) : "");
        String description = (mode == Mode.FULL ? "NAAS co-search result" : "Sizing-only search result") + " around '"
                + base.name() + "': " + shape[0] + "x" + shape[1] + " PEs, " + onchipBytes(levels, pes, base.fanoutIndex())
                + " on-chip bytes (budget " + onchipBytes + "); energies of resized levels scale with sqrt(size ratio) from the base.";
        Accelerator a = new Accelerator(name, base.kind(), description, array, levels, dataflow, base.clockMhz(),
                base.macEnergyPj(), base.precisionBits(), base.energyTable(), base.fpga());
        return new HardwareDesign(shape[0], shape[1], rowDims, colDims, levelBytes, a);
    }

    private static long onchipBytes(List<MemoryLevel> levels, int pes, int fanout) {
        long b = 0;
        for (int i = 0; i < levels.size() - 1; i++) {
            if (levels.get(i).capacity().isBounded()) {
                b += i < fanout ? bytes(levels.get(i)) * pes : bytes(levels.get(i));
            }
        }
        return b;
    }

    /** The level able to hold every tensor (whether a layer bypasses it is the mapping's choice). */
    static MemoryLevel keepingAll(MemoryLevel l) {
        return new MemoryLevel(l.name(), l.memoryClass(), l.capacity(), l.wordBits(), l.blockWords(), l.readBandwidth(),
                l.writeBandwidth(), l.sharedBandwidth(), l.sharing(), EnumSet.allOf(Tensor.class), l.multipleBuffering(),
                l.energy(), l.energyExplicit());
    }

    /**
     * An axis's parallel dims: its argmax {@code primary}, then up to {@link #MAX_AXIS_DIMS}-1 more in
     * descending importance among those above {@link #CONNECT_THRESHOLD} (never {@code excluded}, the
     * other axis's primary); G joins when K or C is connected.
     */
    private static List<Dim> connected(double[] h, int off, int primary, int excluded) {
        List<Dim> dims = new ArrayList<>();
        dims.add(PARALLEL.get(primary));
        for (int i : ImportanceVector.order(h, off, PARALLEL.size())) {
            if (dims.size() < MAX_AXIS_DIMS && i != primary && i != excluded && h[off + i] > CONNECT_THRESHOLD) {
                dims.add(PARALLEL.get(i));
            }
        }
        if (dims.contains(Dim.K) || dims.contains(Dim.C)) {
            dims.add(Dim.G);
        }
        return dims;
    }

    /** K or C also unroll G: a depthwise layer's channel loop is G (K = C = 1 per group). */
    static List<Dim> withGroups(Dim d) {
        return d == Dim.K || d == Dim.C ? List.of(d, Dim.G) : List.of(d);
    }

    /** The level at a new size; per-access energies scale with sqrt(size ratio), leakage linearly. */
    static MemoryLevel resized(MemoryLevel l, long newBytes) {
        double ratio = (double) newBytes / bytes(l);
        AccessEnergy e = l.energy();
        double f = Math.sqrt(ratio);
        AccessEnergy scaled = new AccessEnergy(e.readPj() * f, e.writePj() * f, e.updatePj() * f, e.leakPj() * ratio);
        return new MemoryLevel(l.name(), l.memoryClass(), Capacity.bytes(newBytes), l.wordBits(), l.blockWords(),
                l.readBandwidth(), l.writeBandwidth(), l.sharedBandwidth(), l.sharing(), l.keeps(), l.multipleBuffering(),
                scaled, true);
    }
}
