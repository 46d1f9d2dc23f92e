package org.hwnas.model.network.zoo;

import java.util.ArrayList;
import java.util.List;

/**
 * A NAS-Bench-201 cell: four nodes, node {@code i} sums one operation applied to each earlier node.
 * Written as {@code |op~0|+|op~0|op~1|+|op~0|op~1|op~2|} (nodes separated by {@code +}, each edge
 * {@code op~source}).
 *
 * @param ops the six edge operations in arch-string order: 1&lt;-0, 2&lt;-0, 2&lt;-1, 3&lt;-0, 3&lt;-1, 3&lt;-2
 */
public record Nb201Arch(List<Nb201Op> ops) {
    /** Nodes after the cell input (node 0). */
    public static final int NODES = 3;
    public static final int EDGES = 6;

    public Nb201Arch {
        ops = List.copyOf(ops);
        if (ops.size() != EDGES) {
            throw new IllegalArgumentException("a NAS-Bench-201 cell has " + EDGES + " edges, got " + ops.size());
        }
    }

    /**
     * Parses an arch string.
     *
     * @throws IllegalArgumentException naming what is wrong (unknown op, wrong source, wrong edge count)
     */
    public static Nb201Arch parse(String arch) {
        String[] nodes = arch.trim().split("\\+", -1);
        if (nodes.length != NODES) {
            throw bad(arch, "expected " + NODES + " nodes separated by '+', got " + nodes.length);
        }
        List<Nb201Op> ops = new ArrayList<>(EDGES);
        for (int node = 1; node <= NODES; node++) {
            String text = nodes[node - 1];
            if (!text.startsWith("|") || !text.endsWith("|") || text.length() < 2) {
                throw bad(arch, "node " + node + " '" + text + "' must look like |op~0|...|");
            }
            String[] edges = text.substring(1, text.length() - 1).split("\\|", -1);
            if (edges.length != node) {
                throw bad(arch, "node " + node + " needs " + node + " edges, got " + edges.length);
            }
            for (int source = 0; source < node; source++) {
                ops.add(edge(arch, edges[source], node, source));
            }
        }
        return new Nb201Arch(ops);
    }

    private static Nb201Op edge(String arch, String edge, int node, int source) {
        int tilde = edge.lastIndexOf('~');
        String want = "~" + source;
        if (tilde < 0 || !edge.substring(tilde).equals(want)) {
            throw bad(arch, "edge '" + edge + "' into node " + node + " must end with '" + want + "'");
        }
        String op = edge.substring(0, tilde);
        try {
            return Nb201Op.ofToken(op);
        } catch (IllegalArgumentException e) {
            throw bad(arch, "unknown operation '" + op + "' (valid: " + Nb201Op.validTokens() + ")");
        }
    }

    private static IllegalArgumentException bad(String arch, String why) {
        return new IllegalArgumentException("invalid NAS-Bench-201 arch string '" + arch + "': " + why);
    }

    /** The operation on the edge {@code source -> node} ({@code 0 <= source < node <= 3}). */
    public Nb201Op op(int node, int source) {
        if (node < 1 || node > NODES || source < 0 || source >= node) {
            throw new IllegalArgumentException("no edge " + source + " -> " + node);
        }
        return ops.get(node * (node - 1) / 2 + source);
    }

    /** The canonical arch string. */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder();
        for (int node = 1; node <= NODES; node++) {
            if (node > 1) {
                b.append('+');
            }
            b.append('|');
            for (int source = 0; source < node; source++) {
                b.append(op(node, source).token()).append('~').append(source).append('|');
            }
        }
        return b.toString();
    }
}
