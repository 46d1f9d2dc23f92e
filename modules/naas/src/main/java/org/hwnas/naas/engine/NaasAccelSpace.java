package org.hwnas.naas.engine;

import java.util.ArrayList;
import java.util.List;
import org.hwnas.arch.Architecture;
import org.hwnas.arch.UnsupportedArchitectureException;
import org.hwnas.naas.HardwareSpace;
import org.hwnas.search.space.GeneSpace;

/**
 * The NAAS hardware encoding ({@link HardwareSpace}, mode FULL: array shape, buffer split, connectivity
 * importance vectors) as a search space: each real gene is cut into a grid of {@link #GRID} cells (the
 * shape gene into one cell per rows x cols factorization) and a cell decodes at its centre. Every gene
 * vector decodes to a design with exactly the space's PEs and at most its on-chip bytes.
 * <p>[open choice, ours] The candidates are the grid genotypes, not the designs: two vectors whose
 * importance genes have the same argmax decode to the same design but stay two candidates (the CMA-ES of
 * the {@code naas} engine moves in gene space; canonicalising designs back to genes has no unique answer).
 */
public final class NaasAccelSpace extends GeneSpace {
    /** Cells per real gene. */
    public static final int GRID = 16;
    private final HardwareSpace hardware;

    public NaasAccelSpace(HardwareSpace hardware) {
        super(cardinalities(hardware));
        this.hardware = hardware;
    }

    private static int[] cardinalities(HardwareSpace h) {
        int[] c = new int[h.dimensions()];
        java.util.Arrays.fill(c, GRID);
        c[0] = h.shapeCount();
        return c;
    }

    public HardwareSpace hardware() {
        return hardware;
    }

    /** The real vector a gene vector stands for: cell centres. */
    public double[] vector(int[] genes) {
        double[] h = new double[genes.length];
        for (int i = 0; i < genes.length; i++) {
            h[i] = (genes[i] + 0.5) / cardinality(i);
        }
        return h;
    }

    /** The cells of a real vector in [0, 1] (clamped; NaN counts as 0.5). */
    public int[] genes(double[] x) {
        int[] g = new int[x.length];
        for (int i = 0; i < x.length; i++) {
            double v = Double.isNaN(x[i]) ? 0.5 : Math.max(0, Math.min(1, x[i]));
            g[i] = Math.min(cardinality(i) - 1, (int) Math.floor(v * cardinality(i)));
        }
        return g;
    }

    /** The genes of the base design (its shape, buffer split and connectivity). */
    public int[] baseGenes() {
        return genes(hardware.baseVector());
    }

    @Override
    protected Architecture build(int[] genes) {
        return new NaasAccelPoint(genes, hardware.decode(vector(genes)));
    }

    @Override
    public com.fasterxml.jackson.databind.JsonNode inputs() {
        com.fasterxml.jackson.databind.node.ObjectNode n = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        n.set("base", org.hwnas.model.accel.io.AcceleratorDocument.toJson(hardware.base()));
        n.put("pes", hardware.pes());
        n.put("onchip_bytes", hardware.onchipBytes());
        return n;
    }

    @Override
    public String id() {
        return NaasAccelSpaceFactory.ID;
    }

    @Override
    public String family() {
        return NaasAccelPoint.FAMILY;
    }

    @Override
    public int[] encode(Architecture a) {
        return member(a).genes();
    }

    @Override
    public Architecture canonical(Architecture a) {
        return decode(member(a).genes());
    }

    /** Reads the {@code g:} token of {@link NaasAccelPoint#text()} (the design part is derived from it). */
    @Override
    public Architecture parse(String text) {
        String t = text == null ? "" : text.strip();
        int at = t.lastIndexOf("g:");
        List<Integer> g = new ArrayList<>();
        try {
            if (at < 0) {
                throw new NumberFormatException();
            }
            for (String s : t.substring(at + 2).strip().split("\\.")) {
                g.add(Integer.parseInt(s));
            }
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a naas-accel point '" + text + "': expected '... g:G0.G1...' with "
                    + dimensions() + " genes");
        }
        Architecture a = decode(g.stream().mapToInt(Integer::intValue).toArray());
        if (!a.text().equals(t)) {
            throw new IllegalArgumentException("naas-accel point '" + text + "' does not match its genes (they decode to '"
                    + a.text() + "'; was the base design changed?)");
        }
        return a;
    }

    private static NaasAccelPoint member(Architecture a) {
        if (a instanceof NaasAccelPoint p) {
            return p;
        }
        throw new UnsupportedArchitectureException("the naas-accel space", a, NaasAccelPoint.FAMILY);
    }
}
