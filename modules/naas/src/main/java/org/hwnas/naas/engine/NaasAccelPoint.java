package org.hwnas.naas.engine;

import java.util.Arrays;
import org.hwnas.arch.AcceleratorCandidate;
import org.hwnas.model.accel.Accelerator;
import org.hwnas.naas.HardwareDesign;

/**
 * A point of the {@code naas-accel} space: the grid genes of the NAAS hardware vector and the design
 * they decode to. Identity is the genes (the space's candidates are genotypes: two gene vectors may
 * decode to the same design, see {@link NaasAccelSpace}).
 *
 * @param genes  one grid index per hardware gene
 * @param design the decoded design, within the space's PE and byte budgets
 */
public record NaasAccelPoint(int[] genes, HardwareDesign design) implements AcceleratorCandidate {
    public static final String FAMILY = "naas-accel";

    public NaasAccelPoint {
        genes = genes.clone();
    }

    @Override
    public int[] genes() {
        return genes.clone();
    }

    @Override
    public Accelerator accelerator() {
        return design.accelerator();
    }

    @Override
    public String family() {
        return FAMILY;
    }

    /** E.g. {@code 12x14 rows:SCKG cols:QKG bytes:[...] g:3.8.1...}: the design, then the genes (what parse reads). */
    @Override
    public String text() {
        StringBuilder g = new StringBuilder();
        for (int i = 0; i < genes.length; i++) {
            g.append(i == 0 ? "" : ".").append(genes[i]);
        }
        return design.summary().replace(", ", ",") + " g:" + g;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NaasAccelPoint p && Arrays.equals(p.genes, genes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(genes);
    }

    @Override
    public String toString() {
        return text();
    }
}
