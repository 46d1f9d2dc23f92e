package org.hwnas.arch.nb201;

import org.hwnas.model.network.zoo.Nb201Op;
import java.util.ArrayList;
import java.util.List;
import org.hwnas.arch.Architecture;

/**
 * A NAS-Bench-201 cell: one op on each of the six edges 1&lt;-0, 2&lt;-0, 2&lt;-1, 3&lt;-0, 3&lt;-1, 3&lt;-2.
 * <p>The value is its {@code code}, the six op ordinals as a base-5 number with edge 1&lt;-0 as the most
 * significant digit (0 .. 15,624). This is not the official {@code arch_index}; see {@link Nb201ArchIndex}.
 *
 * @param code base-5 op code, 0 .. {@link #COUNT}-1
 */
public record Nb201Cell(int code) implements Architecture {
    public static final String FAMILY = "nb201";
    public static final int EDGES = 6;
    public static final int COUNT = 15_625;
    /** Target node of each edge, in arch-string order. */
    static final int[] TO = {1, 2, 2, 3, 3, 3};
    /** Source node of each edge, in arch-string order. */
    static final int[] FROM = {0, 0, 1, 0, 1, 2};
    private static final int[] WEIGHT = {3125, 625, 125, 25, 5, 1};

    public Nb201Cell {
        if (code < 0 || code >= COUNT) {
            throw new IllegalArgumentException("NB201 cell code must be 0.." + (COUNT - 1) + ", got " + code);
        }
    }

    public static Nb201Cell of(Nb201Op... ops) {
        if (ops.length != EDGES) {
            throw new IllegalArgumentException("an NB201 cell has 6 edges, got " + ops.length + " ops");
        }
        int code = 0;
        for (Nb201Op op : ops) {
            code = code * 5 + op.ordinal();
        }
        return new Nb201Cell(code);
    }

    /**
     * Parses {@code |op~0|+|op~0|op~1|+|op~0|op~1|op~2|}. Whitespace around the string is ignored;
     * anything else that does not match gives a one-line reason.
     */
    public static Nb201Cell parse(String text) {
        String s = text == null ? "" : text.strip();
        String[] nodes = s.split("\\+", -1);
        if (nodes.length != 3) {
            throw bad(text, "expected 3 node groups separated by '+', got " + nodes.length);
        }
        Nb201Op[] ops = new Nb201Op[EDGES];
        int edge = 0;
        for (int node = 1; node <= 3; node++) {
            String group = nodes[node - 1];
            if (group.length() < 2 || !group.startsWith("|") || !group.endsWith("|")) {
                throw bad(text, "node " + node + " group '" + group + "' must start and end with '|'");
            }
            String[] inputs = group.substring(1, group.length() - 1).split("\\|", -1);
            if (inputs.length != node) {
                throw bad(text, "node " + node + " must have " + node + " input(s), got " + inputs.length);
            }
            for (int from = 0; from < node; from++) {
                String item = inputs[from];
                int tilde = item.lastIndexOf('~');
                if (tilde < 0 || !item.substring(tilde + 1).equals(Integer.toString(from))) {
                    throw bad(text, "input '" + item + "' of node " + node + " must read op~" + from);
                }
                try {
                    ops[edge++] = Nb201Op.ofToken(item.substring(0, tilde));
                } catch (IllegalArgumentException e) {
                    throw bad(text, e.getMessage());
                }
            }
        }
        return of(ops);
    }

    private static IllegalArgumentException bad(String text, String reason) {
        String shown = text == null ? "null" : text.length() > 120 ? text.substring(0, 120) + "..." : text;
        return new IllegalArgumentException("not an NB201 cell '" + shown + "': " + reason);
    }

    /** The op on edge {@code e} (0..5, arch-string order). */
    public Nb201Op op(int e) {
        return Nb201Op.ofOrdinal(code / WEIGHT[e] % 5);
    }

    public List<Nb201Op> ops() {
        List<Nb201Op> out = new ArrayList<>(EDGES);
        for (int e = 0; e < EDGES; e++) {
            out.add(op(e));
        }
        return List.copyOf(out);
    }

    /** This cell with edge {@code e} set to {@code op}. */
    public Nb201Cell with(int e, Nb201Op op) {
        return new Nb201Cell(code + (op.ordinal() - op(e).ordinal()) * WEIGHT[e]);
    }

    public static int targetNode(int e) {
        return TO[e];
    }

    public static int sourceNode(int e) {
        return FROM[e];
    }

    /** The representative of this cell's isomorphism class (see {@link Nb201Isomorphism}). */
    public Nb201Cell canonical() {
        return Nb201Isomorphism.canonical(this);
    }

    public boolean isomorphicTo(Nb201Cell other) {
        return canonical().equals(other.canonical());
    }

    /** True when every path from the input to the output goes through a {@code none} edge. */
    public boolean outputDisconnected() {
        return Nb201Isomorphism.key(this).equals(Nb201Isomorphism.ZERO);
    }

    /** The official NB201 / NATS-tss {@code arch_index} of this exact cell (not of its class). */
    public int archIndex() {
        return Nb201ArchIndex.indexOf(this);
    }

    @Override
    public String family() {
        return FAMILY;
    }

    @Override
    public String text() {
        StringBuilder b = new StringBuilder(96);
        int e = 0;
        for (int node = 1; node <= 3; node++) {
            if (node > 1) {
                b.append('+');
            }
            b.append('|');
            for (int from = 0; from < node; from++) {
                b.append(op(e++).token()).append('~').append(from).append('|');
            }
        }
        return b.toString();
    }

    @Override
    public String toString() {
        return text();
    }
}
