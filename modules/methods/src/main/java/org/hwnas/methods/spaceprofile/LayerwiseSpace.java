package org.hwnas.methods.spaceprofile;

import java.util.ArrayList;
import java.util.List;
import org.hwnas.arch.Architecture;
import org.hwnas.arch.UnsupportedArchitectureException;
import org.hwnas.arch.nb201.Nb201Cell;
import org.hwnas.model.network.zoo.Nb201Op;
import org.hwnas.search.space.GeneSpace;

/**
 * {@code nb201-layerwise}: NAS-Bench-201 cells with a candidate list per edge, the layer-specific
 * ("dynamic") space that black-box space profiling writes (Zeng et al., METHODS.md section 1). Gene
 * {@code e} indexes edge {@code e}'s list. Candidates are the cells as built, not merged by isomorphism
 * (per-edge lists are not invariant under the cell's isomorphisms); estimators that know classes
 * ({@code nb201-table}) still give isomorphic cells one value. Size = product of the list lengths.
 */
public final class LayerwiseSpace extends GeneSpace {
    private final List<List<Nb201Op>> edgeOps;

    public LayerwiseSpace(List<List<Nb201Op>> edgeOps) {
        super(edgeOps.stream().mapToInt(List::size).toArray());
        if (edgeOps.size() != Nb201Cell.EDGES) {
            throw new IllegalArgumentException("an NB201 cell has 6 edges, got " + edgeOps.size() + " op lists");
        }
        List<List<Nb201Op>> copy = new ArrayList<>();
        for (List<Nb201Op> l : edgeOps) {
            copy.add(List.copyOf(l));
        }
        this.edgeOps = List.copyOf(copy);
    }

    public List<List<Nb201Op>> edgeOps() {
        return edgeOps;
    }

    @Override
    protected Architecture build(int[] g) {
        Nb201Op[] ops = new Nb201Op[Nb201Cell.EDGES];
        for (int e = 0; e < ops.length; e++) {
            ops[e] = edgeOps.get(e).get(g[e]);
        }
        return Nb201Cell.of(ops);
    }

    @Override
    public String id() {
        return LayerwiseSpaceFactory.ID;
    }

    @Override
    public String family() {
        return Nb201Cell.FAMILY;
    }

    @Override
    public int[] encode(Architecture a) {
        if (!(a instanceof Nb201Cell c)) {
            throw new UnsupportedArchitectureException("the nb201-layerwise space", a, Nb201Cell.FAMILY);
        }
        int[] g = new int[Nb201Cell.EDGES];
        for (int e = 0; e < g.length; e++) {
            g[e] = edgeOps.get(e).indexOf(c.op(e));
            if (g[e] < 0) {
                throw new IllegalArgumentException("cell " + c.text() + ": edge " + e + " op " + c.op(e).token()
                        + " is not in this space's list for that edge " + edgeOps.get(e).stream().map(Nb201Op::token).toList());
            }
        }
        return g;
    }

    @Override
    public Architecture canonical(Architecture a) {
        return decode(encode(a));
    }

    @Override
    public Architecture parse(String text) {
        Nb201Cell c = Nb201Cell.parse(text);
        encode(c);
        return c;
    }
}
