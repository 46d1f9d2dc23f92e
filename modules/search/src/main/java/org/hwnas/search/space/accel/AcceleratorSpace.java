package org.hwnas.search.space.accel;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hwnas.arch.Architecture;
import org.hwnas.arch.UnsupportedArchitectureException;
import org.hwnas.arch.accel.AcceleratorPoint;
import org.hwnas.model.accel.Accelerator;
import org.hwnas.model.accel.AccessEnergy;
import org.hwnas.model.accel.ArrayAxis;
import org.hwnas.model.accel.Capacity;
import org.hwnas.model.accel.Dataflow;
import org.hwnas.model.accel.MemoryLevel;
import org.hwnas.model.accel.PeArray;
import org.hwnas.model.workload.Dim;
import org.hwnas.search.space.GeneSpace;

/**
 * NAAS-style accelerator sizing and connectivity around a base design, at equal PEs and equal on-chip
 * bytes: the array shape (rows x cols = the PE budget), the loop dimension each axis unrolls (two
 * different ones), a size scale per per-PE scratchpad, and a bandwidth scale for the shared level
 * that feeds the array. The shared on-chip levels take what the scratchpads leave of the byte budget
 * (see {@link AcceleratorBudget}).
 * <p>Energies per access of a resized level scale with the square root of its size (a CACTI-like trend:
 * wordline and bitline length grow with the side of the array); bandwidth is not charged, so list only
 * scales the design could afford. The searched connectivity replaces the base's dataflow preset
 * ({@code flexible}).
 * <p>Genes: {@code [shape, row dim, col dim (among the dims left), scale per scratchpad..., bandwidth]}.
 * Every vector decodes to a design within the budget (checked up front for the largest scales).
 */
public final class AcceleratorSpace extends GeneSpace {
    private final AcceleratorBudget budget;
    private final List<int[]> shapes;
    private final List<Dim> dims;
    private final List<Double> scales;
    private final List<Double> bandwidths;
    /** Indices of the bounded levels below the outermost: the order of {@link AcceleratorPoint#levelBytes()}. */
    private final List<Integer> bounded = new ArrayList<>();

    public AcceleratorSpace(Accelerator base, int pes, int minAxis, List<Dim> dims, List<Double> scales,
                            List<Double> bandwidths, long onchipBytes) {
        super(cardinalities(base, pes, minAxis, dims, scales, bandwidths));
        this.budget = AcceleratorBudget.of(base, pes, onchipBytes);
        this.shapes = shapes(pes, minAxis);
        this.dims = List.copyOf(dims);
        this.scales = List.copyOf(scales);
        this.bandwidths = feedsUnconstrained(base) ? List.of(1.0) : List.copyOf(bandwidths);
        for (int i = 0; i < base.levels().size() - 1; i++) {
            if (base.levels().get(i).capacity().isBounded()) {
                bounded.add(i);
            }
        }
        long[] maxPad = new long[budget.scalable().size()];
        double maxScale = scales.stream().mapToDouble(Double::doubleValue).max().orElse(1);
        for (int k = 0; k < maxPad.length; k++) {
            maxPad[k] = budget.scaledBytes(budget.scalable().get(k), maxScale);
        }
        if (budget.sharedBytes(budget.perPeBytes(maxPad)) == null) {
            throw new IllegalArgumentException("scratchpads at scale " + maxScale + " on " + pes + " PEs need "
                    + budget.perPeBytes(maxPad) * pes + " of the " + onchipBytes + " on-chip bytes, leaving too little for "
                    + sharedNames(base, budget) + "; lower the largest scale or raise onchip_bytes");
        }
    }

    private static String sharedNames(Accelerator base, AcceleratorBudget b) {
        return String.join(", ", b.shared().stream().map(i -> base.levels().get(i).name()).toList());
    }

    private static int[] cardinalities(Accelerator base, int pes, int minAxis, List<Dim> dims, List<Double> scales,
                                       List<Double> bandwidths) {
        AcceleratorBudget b = AcceleratorBudget.of(base, pes, 1);
        if (dims.size() < 2) {
            throw new IllegalArgumentException("list at least two parallel dimensions (one per array axis), got " + dims);
        }
        int n = shapes(pes, minAxis).size();
        if (n == 0) {
            throw new IllegalArgumentException("no rows x cols array has " + pes + " PEs with both sides >= " + minAxis);
        }
        List<Integer> c = new ArrayList<>(List.of(n, dims.size(), dims.size() - 1));
        for (int i = 0; i < b.scalable().size(); i++) {
            c.add(scales.size());
        }
        c.add(feedsUnconstrained(base) ? 1 : bandwidths.size());
        return c.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Every rows x cols = pes with both sides at least minAxis, rows ascending. */
    static List<int[]> shapes(int pes, int minAxis) {
        List<int[]> out = new ArrayList<>();
        for (int r = minAxis; r <= pes / minAxis; r++) {
            if (pes % r == 0 && pes / r >= minAxis) {
                out.add(new int[] {r, pes / r});
            }
        }
        return out;
    }

    private static boolean feedsUnconstrained(Accelerator a) {
        MemoryLevel feed = a.levels().get(a.fanoutIndex());
        return Double.isInfinite(feed.readBandwidth()) && Double.isInfinite(feed.sharedBandwidth());
    }

    public Accelerator base() {
        return budget.base();
    }

    /** The base design as its document reads, for the resume fingerprint. */
    @Override
    public com.fasterxml.jackson.databind.JsonNode inputs() {
        return org.hwnas.model.accel.io.AcceleratorDocument.toJson(budget.base());
    }

    @Override
    public String id() {
        return AcceleratorSpaceFactory.ID;
    }

    @Override
    public String family() {
        return AcceleratorPoint.FAMILY;
    }

    @Override
    protected Architecture build(int[] g) {
        Accelerator base = budget.base();
        int[] shape = shapes.get(g[0]);
        Dim rowDim = dims.get(g[1]);
        List<Dim> rest = new ArrayList<>(dims);
        rest.remove(rowDim);
        Dim colDim = rest.get(g[2]);
        Map<Integer, Long> sizes = new HashMap<>();
        long[] pads = new long[budget.scalable().size()];
        for (int k = 0; k < pads.length; k++) {
            pads[k] = budget.scaledBytes(budget.scalable().get(k), scales.get(g[3 + k]));
            sizes.put(budget.scalable().get(k), pads[k]);
        }
        long[] shared = budget.sharedBytes(budget.perPeBytes(pads));
        for (int k = 0; k < shared.length; k++) {
            sizes.put(budget.shared().get(k), shared[k]);
        }
        double bwScale = bandwidths.get(g[g.length - 1]);
        List<MemoryLevel> levels = new ArrayList<>();
        List<Long> levelBytes = new ArrayList<>();
        for (int i = 0; i < base.levels().size(); i++) {
            MemoryLevel l = base.levels().get(i);
            Long size = sizes.get(i);
            if (size != null) {
                l = resized(l, size);
            }
            if (i == base.fanoutIndex()) {
                l = new MemoryLevel(l.name(), l.memoryClass(), l.capacity(), l.wordBits(), l.blockWords(),
                        l.readBandwidth() * bwScale, l.writeBandwidth() * bwScale, l.sharedBandwidth() * bwScale, l.sharing(),
                        l.keeps(), l.multipleBuffering(), l.energy(), l.energyExplicit());
            }
            if (i < base.levels().size() - 1 && l.capacity().isBounded()) {
                levelBytes.add(l.capacity().bytes(l.wordBits()));
            }
            levels.add(l);
        }
        List<ArrayAxis> axes = base.array().axes();
        PeArray array = PeArray.grid(new ArrayAxis(axes.get(0).name(), shape[0], List.of(rowDim)),
                new ArrayAxis(axes.get(1).name(), shape[1], List.of(colDim)));
        String name = base.name() + "@" + shape[0] + "x" + shape[1] + "-" + rowDim + colDim;
        Accelerator a = new Accelerator(name, base.kind(), base.description(), array, levels, Dataflow.FLEXIBLE,
                base.clockMhz(), base.macEnergyPj(), base.precisionBits(), base.energyTable(), base.fpga());
        MemoryLevel feed = levels.get(base.fanoutIndex());
        AcceleratorPoint p = new AcceleratorPoint(shape[0], shape[1], rowDim, colDim, levelBytes, feed.readBandwidth(), a);
        return p;
    }

    /** The level at a new size, its per-access energies scaled by the square root of the size ratio. */
    private static MemoryLevel resized(MemoryLevel l, long bytes) {
        double ratio = (double) bytes / l.capacity().bytes(l.wordBits());
        AccessEnergy e = l.energy();
        double f = Math.sqrt(ratio);
        AccessEnergy scaled = new AccessEnergy(e.readPj() * f, e.writePj() * f, e.updatePj() * f, e.leakPj() * ratio);
        return new MemoryLevel(l.name(), l.memoryClass(), Capacity.bytes(bytes), l.wordBits(), l.blockWords(),
                l.readBandwidth(), l.writeBandwidth(), l.sharedBandwidth(), l.sharing(), l.keeps(), l.multipleBuffering(),
                scaled, true);
    }

    @Override
    public int[] encode(Architecture a) {
        AcceleratorPoint p = member(a);
        return genes(p.rows(), p.cols(), p.rowDim(), p.colDim(), p.levelBytes(), p.bandwidth(), p.text());
    }

    /** The genes that rebuild these values; an exception naming the value outside the space otherwise. */
    private int[] genes(int rows, int cols, Dim rowDim, Dim colDim, List<Long> levelBytes, double bandwidth, String what) {
        int[] g = new int[dimensions()];
        g[0] = -1;
        for (int i = 0; i < shapes.size(); i++) {
            if (shapes.get(i)[0] == rows && shapes.get(i)[1] == cols) {
                g[0] = i;
            }
        }
        List<Dim> rest = new ArrayList<>(dims);
        rest.remove(rowDim);
        g[1] = dims.indexOf(rowDim);
        g[2] = rest.indexOf(colDim);
        if (g[0] < 0 || g[1] < 0 || g[2] < 0) {
            throw new IllegalArgumentException(what + ": array " + rows + "x" + cols + " " + rowDim + "|" + colDim
                    + " is outside this space");
        }
        if (levelBytes.size() != bounded.size()) {
            throw new IllegalArgumentException(what + ": expected sizes of " + bounded.size() + " on-chip levels");
        }
        for (int k = 0; k < budget.scalable().size(); k++) {
            long want = levelBytes.get(bounded.indexOf(budget.scalable().get(k)));
            g[3 + k] = -1;
            for (int s = 0; s < scales.size() && g[3 + k] < 0; s++) {
                if (budget.scaledBytes(budget.scalable().get(k), scales.get(s)) == want) {
                    g[3 + k] = s;
                }
            }
            if (g[3 + k] < 0) {
                throw new IllegalArgumentException(what + ": level '" + budget.base().levels().get(budget.scalable().get(k)).name()
                        + "' of " + want + " bytes is not one of this space's scales " + scales);
            }
        }
        double feedBw = budget.base().levels().get(budget.base().fanoutIndex()).readBandwidth();
        g[g.length - 1] = -1;
        for (int s = 0; s < bandwidths.size() && g[g.length - 1] < 0; s++) {
            if (Double.compare(feedBw * bandwidths.get(s), bandwidth) == 0) {
                g[g.length - 1] = s;
            }
        }
        if (g[g.length - 1] < 0) {
            throw new IllegalArgumentException(what + ": bandwidth " + bandwidth + " is not one of this space's scales " + bandwidths);
        }
        return g;
    }

    /** Reads {@link AcceleratorPoint#text()}. */
    @Override
    public Architecture parse(String text) {
        String[] t = (text == null ? "" : text.strip()).split("\\s+");
        int[] g;
        try {
            String[] rc = t[0].split("x", -1);
            List<Long> bytes = new ArrayList<>();
            for (int i = 3; i < t.length - 1; i++) {
                String v = t[i].substring(t[i].indexOf(':') + 1);
                bytes.add(Long.parseLong(v.substring(0, v.length() - 1)));
            }
            String bw = t[t.length - 1].substring(t[t.length - 1].indexOf(':') + 1);
            g = genes(Integer.parseInt(rc[0]), Integer.parseInt(rc[1]), Dim.parse(t[1].substring(t[1].indexOf(':') + 1)),
                    Dim.parse(t[2].substring(t[2].indexOf(':') + 1)), bytes,
                    "inf".equals(bw) ? Double.POSITIVE_INFINITY : Double.parseDouble(bw), "'" + text + "'");
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            if (e.getMessage() != null && e.getMessage().startsWith("'")) {
                throw new IllegalArgumentException("accelerator design point " + e.getMessage());
            }
            throw new IllegalArgumentException("not an accelerator design point '" + text
                    + "': expected 'ROWSxCOLS axis:DIM axis:DIM level:BYTESB ... bw:WORDS'");
        }
        Architecture a = decode(g);
        if (!a.text().equals(String.join(" ", t))) {
            throw new IllegalArgumentException("accelerator design point '" + text + "' is outside this space (nearest: " + a.text() + ")");
        }
        return a;
    }

    private static AcceleratorPoint member(Architecture a) {
        if (a instanceof AcceleratorPoint p) {
            return p;
        }
        throw new UnsupportedArchitectureException("the accelerator space", a, AcceleratorPoint.FAMILY);
    }
}
