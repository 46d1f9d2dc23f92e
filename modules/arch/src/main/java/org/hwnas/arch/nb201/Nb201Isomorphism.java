package org.hwnas.arch.nb201;

import org.hwnas.model.network.zoo.Nb201Op;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which NB201 cells compute the same function, and one representative per class.
 *
 * <h2>Definition</h2>
 * A node's value is a sum; write it as a multiset of <em>terms</em>. The input node is the single term
 * {@code x}. For each edge {@code j <- i} into node {@code j}:
 * <ul>
 *   <li>{@code none} adds nothing (it outputs zeros);</li>
 *   <li>{@code skip_connect} adds every term of node {@code i} (addition is associative and commutative,
 *       so {@code a + (b + c)} and {@code (a + b) + c} are one value);</li>
 *   <li>a transform op (conv or pool) adds the single term {@code op(value of i)} &mdash; unless node
 *       {@code i} is zero, because every NB201 op maps zeros to zeros (ReLU-conv without bias, pooling).</li>
 * </ul>
 * Two cells are isomorphic when their output nodes have equal multisets. Transform ops are otherwise
 * opaque: {@code conv(a + b)} is not {@code conv(a) + conv(b)}, multiplicities count ({@code a + a} is not
 * {@code a}). Consequences: ops on edges that cannot reach the output, or that are fed only by zero
 * paths, do not matter; nodes 1 and 2 may trade roles when no edge joins them through a transform; all
 * cells whose output is disconnected are one class.
 * <p>This is exactly functional equivalence under generic nonlinear ops with {@code op(0) = 0} (tested by
 * evaluating every cell with random scalar functions). It yields 4,930 classes. NB201's own
 * {@code unique_str} (6,466 classes) is finer: it keeps explicit zero terms and does not flatten sums that
 * came through skip connections; every one of its classes lies inside one of ours.
 * <p>The representative ({@link #canonical}) is the class member with the smallest code, so dead edges
 * become {@code none} &mdash; the pruned cell a deployment would run.
 */
public final class Nb201Isomorphism {
    /** The key of a zero output. */
    static final String ZERO = "[]";

    private Nb201Isomorphism() {
    }

    /** The class key: a canonical text of the output node's term multiset. Equal keys, isomorphic cells. */
    public static String key(Nb201Cell cell) {
        List<List<String>> nodes = new ArrayList<>(4);
        nodes.add(List.of("x"));
        for (int node = 1; node <= 3; node++) {
            List<String> terms = new ArrayList<>();
            for (int e = 0; e < Nb201Cell.EDGES; e++) {
                if (Nb201Cell.TO[e] != node) {
                    continue;
                }
                List<String> in = nodes.get(Nb201Cell.FROM[e]);
                Nb201Op op = cell.op(e);
                if (op == Nb201Op.NONE || in.isEmpty()) {
                    continue;
                }
                if (op == Nb201Op.SKIP_CONNECT) {
                    terms.addAll(in);
                } else {
                    terms.add(op.token() + text(in));
                }
            }
            terms.sort(null);
            nodes.add(terms);
        }
        return text(nodes.get(3));
    }

    /** Sorted terms in brackets: self-delimiting, so equal texts mean equal multisets. */
    private static String text(List<String> sortedTerms) {
        return "[" + String.join(",", sortedTerms) + "]";
    }

    /** The smallest-code member of the cell's class. */
    public static Nb201Cell canonical(Nb201Cell cell) {
        return new Nb201Cell(Classes.REPRESENTATIVE[cell.code()]);
    }

    public static boolean isCanonical(Nb201Cell cell) {
        return Classes.REPRESENTATIVE[cell.code()] == cell.code();
    }

    /** Number of isomorphism classes among all 15,625 cells. */
    public static int classCount() {
        return Classes.COUNT;
    }

    /** Every cell isomorphic to {@code cell}, itself included, by increasing code. */
    public static List<Nb201Cell> members(Nb201Cell cell) {
        int rep = Classes.REPRESENTATIVE[cell.code()];
        List<Nb201Cell> out = new ArrayList<>();
        for (int c = rep; c < Nb201Cell.COUNT; c++) {
            if (Classes.REPRESENTATIVE[c] == rep) {
                out.add(new Nb201Cell(c));
            }
        }
        return out;
    }

    /** Computed once, on first use (about 15,625 small string builds). */
    private static final class Classes {
        static final int[] REPRESENTATIVE = new int[Nb201Cell.COUNT];
        static final int COUNT;

        static {
            Map<String, Integer> first = new HashMap<>();
            for (int c = 0; c < Nb201Cell.COUNT; c++) {
                // codes ascend, so the first member met is the smallest
                Integer seen = first.putIfAbsent(key(new Nb201Cell(c)), c);
                REPRESENTATIVE[c] = seen == null ? c : seen;
            }
            COUNT = first.size();
        }
    }
}
