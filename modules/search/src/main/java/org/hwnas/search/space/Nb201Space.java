package org.hwnas.search.space;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.hwnas.arch.Architecture;
import org.hwnas.arch.UnsupportedArchitectureException;
import org.hwnas.arch.nb201.Nb201Cell;
import org.hwnas.model.network.zoo.Nb201Op;
import org.hwnas.search.spi.SearchSpace;

/**
 * The NAS-Bench-201 cell space: 6 edges, each one of the allowed ops (all five by default). Candidates
 * are isomorphism classes ({@link Nb201Cell#canonical()}), 4,930 with all ops; sampling is uniform over
 * classes, not over the 15,625 raw cells (which would favour the big class of disconnected cells).
 * A representative may carry {@code none} on dead edges even when {@code none} is not allowed: it
 * computes the same function as the allowed members of its class.
 */
public final class Nb201Space implements SearchSpace {
    private static final int MAX_TRIES = 64;
    private final Set<Nb201Op> allowed;
    private final Nb201Op[] ops;
    /** Canonical codes of the classes with at least one member using only allowed ops. */
    private final int[] classes;

    public Nb201Space(Set<Nb201Op> allowed) {
        if (allowed.isEmpty()) {
            throw new IllegalArgumentException("the NB201 space needs at least one op");
        }
        this.allowed = EnumSet.copyOf(allowed);
        this.ops = this.allowed.toArray(new Nb201Op[0]);
        boolean[] reached = new boolean[Nb201Cell.COUNT];
        List<Integer> reps = new ArrayList<>();
        for (int code = 0; code < Nb201Cell.COUNT; code++) {
            Nb201Cell c = new Nb201Cell(code);
            if (usesAllowedOnly(c)) {
                int rep = c.canonical().code();
                if (!reached[rep]) {
                    reached[rep] = true;
                    reps.add(rep);
                }
            }
        }
        this.classes = reps.stream().mapToInt(Integer::intValue).sorted().toArray();
    }

    public static Nb201Space full() {
        return new Nb201Space(EnumSet.allOf(Nb201Op.class));
    }

    private boolean usesAllowedOnly(Nb201Cell c) {
        for (int e = 0; e < Nb201Cell.EDGES; e++) {
            if (!allowed.contains(c.op(e))) {
                return false;
            }
        }
        return true;
    }

    public Set<Nb201Op> allowedOps() {
        return EnumSet.copyOf(allowed);
    }

    @Override
    public String id() {
        return Nb201SpaceFactory.ID;
    }

    @Override
    public String family() {
        return Nb201Cell.FAMILY;
    }

    @Override
    public BigInteger size() {
        return BigInteger.valueOf(classes.length);
    }

    @Override
    public Architecture sample(Random rng) {
        return new Nb201Cell(classes[rng.nextInt(classes.length)]);
    }

    /** Changes one edge to another allowed op, retrying while the class stays the same (dead edges). */
    @Override
    public Architecture mutate(Architecture a, Random rng) {
        Nb201Cell parent = cell(a);
        Nb201Cell start = allowedMember(parent);
        if (ops.length < 2) {
            return parent;
        }
        for (int t = 0; t < MAX_TRIES; t++) {
            int e = rng.nextInt(Nb201Cell.EDGES);
            Nb201Op op = ops[rng.nextInt(ops.length)];
            if (op == start.op(e)) {
                continue;
            }
            Nb201Cell child = start.with(e, op).canonical();
            if (!child.equals(parent)) {
                return child;
            }
        }
        return sample(rng);
    }

    /** Uniform crossover on the edges of allowed-op members of the parents. */
    @Override
    public Architecture crossover(Architecture a, Architecture b, Random rng) {
        Nb201Cell x = allowedMember(cell(a));
        Nb201Cell y = allowedMember(cell(b));
        Nb201Op[] child = new Nb201Op[Nb201Cell.EDGES];
        for (int e = 0; e < Nb201Cell.EDGES; e++) {
            child[e] = rng.nextBoolean() ? x.op(e) : y.op(e);
        }
        return Nb201Cell.of(child).canonical();
    }

    @Override
    public int dimensions() {
        return Nb201Cell.EDGES;
    }

    @Override
    public int cardinality(int gene) {
        return ops.length;
    }

    /** Gene = index of the edge's op among the allowed ops, taken from an allowed-op member of the class. */
    @Override
    public int[] encode(Architecture a) {
        Nb201Cell c = allowedMember(cell(a));
        int[] genes = new int[Nb201Cell.EDGES];
        for (int e = 0; e < genes.length; e++) {
            genes[e] = indexOf(c.op(e));
        }
        return genes;
    }

    @Override
    public Architecture decode(int[] genes) {
        if (genes.length != Nb201Cell.EDGES) {
            throw new IllegalArgumentException("an NB201 encoding has 6 genes, got " + genes.length);
        }
        Nb201Op[] o = new Nb201Op[Nb201Cell.EDGES];
        for (int e = 0; e < o.length; e++) {
            if (genes[e] < 0 || genes[e] >= ops.length) {
                throw new IllegalArgumentException("gene " + e + " must be 0.." + (ops.length - 1) + ", got " + genes[e]);
            }
            o[e] = ops[genes[e]];
        }
        return Nb201Cell.of(o).canonical();
    }

    @Override
    public Architecture canonical(Architecture a) {
        return cell(a).canonical();
    }

    @Override
    public Architecture parse(String text) {
        Nb201Cell c = Nb201Cell.parse(text).canonical();
        if (!usesAllowedOnly(allowedMember(c))) {
            throw new IllegalArgumentException("cell " + text + " uses ops outside this space (allowed: " + allowed + ")");
        }
        return c;
    }

    /** The smallest-code member of the class whose ops are all allowed (the cell itself if it qualifies). */
    private Nb201Cell allowedMember(Nb201Cell c) {
        if (usesAllowedOnly(c)) {
            return c;
        }
        for (Nb201Cell m : org.hwnas.arch.nb201.Nb201Isomorphism.members(c)) {
            if (usesAllowedOnly(m)) {
                return m;
            }
        }
        return c; // outside the space: callers that care check parse()
    }

    private int indexOf(Nb201Op op) {
        for (int i = 0; i < ops.length; i++) {
            if (ops[i] == op) {
                return i;
            }
        }
        return 0;
    }

    private static Nb201Cell cell(Architecture a) {
        if (a instanceof Nb201Cell c) {
            return c;
        }
        throw new UnsupportedArchitectureException("the nb201 space", a, Nb201Cell.FAMILY);
    }
}
