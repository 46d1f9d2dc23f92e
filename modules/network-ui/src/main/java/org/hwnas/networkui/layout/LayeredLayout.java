package org.hwnas.networkui.layout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * A layered (Sugiyama-style) layout of a DAG whose nodes are numbered in topological order (every edge
 * goes from a lower to a higher number), as the layers of a network document are. Plain Java, no Swing:
 * <ol>
 * <li>ranks by longest path from the sources, so every edge points down;</li>
 * <li>edges spanning several ranks get one dummy per crossed rank (a lane for ResNet's skip connections
 *     beside the main chain, never through a node);</li>
 * <li>order within ranks by alternating barycenter sweeps, keeping the order with the fewest crossings;</li>
 * <li>x by isotonic regression (pool-adjacent-violators) of each node towards its main neighbour (first
 *     input), which keeps the order and minimum gaps exactly, so nodes never overlap; dummies pull weakly, so
 *     main chains stay straight and skip lanes move aside.</li>
 * </ol>
 * Deterministic: the same graph always gives the same coordinates.
 */
public final class LayeredLayout {
    /** Horizontal space between neighbours in a rank. */
    public static final int H_GAP = 28;
    /** Vertical space between ranks (edges run here). */
    public static final int V_GAP = 40;
    /** Width reserved for an edge passing through a rank. */
    public static final int LANE = 14;
    public static final int MARGIN = 20;
    private static final int SWEEPS = 8;
    private static final int X_PASSES = 6;
    private static final double DUMMY_WEIGHT = 0.05;

    private LayeredLayout() {
    }

    /** A node's box (top-left corner, size). */
    public record Box(int x, int y, int width, int height) {
        public int centerX() {
            return x + width / 2;
        }

        public boolean overlaps(Box o) {
            return x < o.x + o.width && o.x < x + width && y < o.y + o.height && o.y < y + height;
        }
    }

    public record Pt(int x, int y) {
    }

    /**
     * @param boxes  per node
     * @param routes per edge (same order as given): bottom centre of the source, points through the lanes of
     *               crossed ranks, top centre of the target
     * @param ranks  per node
     */
    public record Result(List<Box> boxes, List<List<Pt>> routes, int[] ranks, int width, int height) {
    }

    /**
     * @param widths  node widths (the height is the same for all nodes)
     * @param edges   {from, to} with from &lt; to
     */
    public static Result layout(int[] widths, int height, List<int[]> edges) {
        int n = widths.length;
        for (int[] e : edges) {
            if (e[0] >= e[1] || e[0] < 0 || e[1] >= n) {
                throw new IllegalArgumentException("edge " + e[0] + "->" + e[1] + " is not forward in topological order");
            }
        }
        // 1. ranks
        int[] rank = new int[n];
        for (int[] e : edges.stream().sorted(Comparator.comparingInt((int[] e) -> e[1])).toList()) {
            rank[e[1]] = Math.max(rank[e[1]], rank[e[0]] + 1);
        }
        int maxRank = 0;
        for (int r : rank) {
            maxRank = Math.max(maxRank, r);
        }
        // 2. virtual graph: real nodes 0..n-1, then dummies
        List<Integer> vRank = new ArrayList<>();
        List<Integer> vWidth = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            vRank.add(rank[i]);
            vWidth.add(widths[i]);
        }
        List<List<Integer>> preds = new ArrayList<>();
        List<List<Integer>> succs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            preds.add(new ArrayList<>());
            succs.add(new ArrayList<>());
        }
        List<int[]> chains = new ArrayList<>(); // per edge: the dummy ids
        for (int[] e : edges) {
            int span = rank[e[1]] - rank[e[0]];
            int[] chain = new int[span - 1];
            int prev = e[0];
            for (int k = 0; k < span - 1; k++) {
                int d = vRank.size();
                vRank.add(rank[e[0]] + 1 + k);
                vWidth.add(LANE);
                preds.add(new ArrayList<>());
                succs.add(new ArrayList<>());
                chain[k] = d;
                link(preds, succs, prev, d);
                prev = d;
            }
            link(preds, succs, prev, e[1]);
            chains.add(chain);
        }
        int total = vRank.size();
        // initial order: a depth-first walk from the sources, so chains stay together
        List<List<Integer>> order = new ArrayList<>();
        for (int r = 0; r <= maxRank; r++) {
            order.add(new ArrayList<>());
        }
        boolean[] placed = new boolean[total];
        for (int i = 0; i < n; i++) {
            if (preds.get(i).isEmpty()) {
                dfsPlace(i, succs, vRank, placed, order);
            }
        }
        for (int v = 0; v < total; v++) {
            if (!placed[v]) {
                dfsPlace(v, succs, vRank, placed, order);
            }
        }
        // 3. crossing reduction
        int[] pos = new int[total];
        index(order, pos);
        List<List<Integer>> best = copy(order);
        long bestCross = crossings(order, succs, pos);
        for (int s = 0; s < SWEEPS && bestCross > 0; s++) {
            boolean down = s % 2 == 0;
            for (int k = 1; k <= maxRank; k++) {
                int r = down ? k : maxRank - k;
                List<List<Integer>> nb = down ? preds : succs;
                sortByBarycenter(order.get(r), nb, pos);
                index(order, pos);
            }
            long c = crossings(order, succs, pos);
            if (c < bestCross) {
                bestCross = c;
                best = copy(order);
            }
        }
        order = best;
        index(order, pos);
        // 4. x coordinates (centres)
        double[] x = new double[total];
        for (List<Integer> rankNodes : order) {
            double cur = 0;
            for (int v : rankNodes) {
                x[v] = cur + vWidth.get(v) / 2.0;
                cur += vWidth.get(v) + H_GAP;
            }
        }
        for (int p = 0; p < X_PASSES; p++) {
            boolean down = p % 2 == 0;
            for (int k = 0; k <= maxRank; k++) {
                int r = down ? k : maxRank - k;
                align(order.get(r), down ? preds : succs, x, vWidth, n, preds, succs, down);
            }
        }
        align(order.get(0), succs, x, vWidth, n, preds, succs, false); // final downward pass from a settled top
        for (int r = 1; r <= maxRank; r++) {
            align(order.get(r), preds, x, vWidth, n, preds, succs, true);
        }
        double minX = Double.MAX_VALUE;
        for (int v = 0; v < total; v++) {
            minX = Math.min(minX, x[v] - vWidth.get(v) / 2.0);
        }
        int[] rankY = new int[maxRank + 1];
        for (int r = 0; r <= maxRank; r++) {
            rankY[r] = MARGIN + r * (height + V_GAP);
        }
        List<Box> boxes = new ArrayList<>(n);
        int width = 0;
        int[] left = new int[total];
        for (int v = 0; v < total; v++) {
            left[v] = (int) Math.round(x[v] - vWidth.get(v) / 2.0 - minX) + MARGIN;
            width = Math.max(width, left[v] + vWidth.get(v) + MARGIN);
        }
        for (int i = 0; i < n; i++) {
            boxes.add(new Box(left[i], rankY[rank[i]], widths[i], height));
        }
        List<List<Pt>> routes = new ArrayList<>(edges.size());
        for (int k = 0; k < edges.size(); k++) {
            int[] e = edges.get(k);
            List<Pt> route = new ArrayList<>();
            Box a = boxes.get(e[0]);
            Box b = boxes.get(e[1]);
            route.add(new Pt(a.centerX(), a.y() + a.height()));
            for (int d : chains.get(k)) {
                int cx = left[d] + LANE / 2;
                int top = rankY[vRank.get(d)];
                route.add(new Pt(cx, top));
                route.add(new Pt(cx, top + height));
            }
            route.add(new Pt(b.centerX(), b.y()));
            routes.add(List.copyOf(route));
        }
        int fullHeight = rankY[maxRank] + height + MARGIN;
        return new Result(List.copyOf(boxes), List.copyOf(routes), rank, width, fullHeight);
    }

    private static void link(List<List<Integer>> preds, List<List<Integer>> succs, int a, int b) {
        succs.get(a).add(b);
        preds.get(b).add(a);
    }

    private static void dfsPlace(int start, List<List<Integer>> succs, List<Integer> vRank, boolean[] placed,
                                 List<List<Integer>> order) {
        ArrayList<Integer> stack = new ArrayList<>(List.of(start));
        while (!stack.isEmpty()) {
            int v = stack.remove(stack.size() - 1);
            if (placed[v]) {
                continue;
            }
            placed[v] = true;
            order.get(vRank.get(v)).add(v);
            List<Integer> s = succs.get(v);
            for (int i = s.size() - 1; i >= 0; i--) { // first successor is visited first
                if (!placed[s.get(i)]) {
                    stack.add(s.get(i));
                }
            }
        }
    }

    private static void index(List<List<Integer>> order, int[] pos) {
        for (List<Integer> r : order) {
            for (int i = 0; i < r.size(); i++) {
                pos[r.get(i)] = i;
            }
        }
    }

    private static List<List<Integer>> copy(List<List<Integer>> order) {
        List<List<Integer>> c = new ArrayList<>(order.size());
        order.forEach(r -> c.add(new ArrayList<>(r)));
        return c;
    }

    private static void sortByBarycenter(List<Integer> rank, List<List<Integer>> nb, int[] pos) {
        int m = rank.size();
        double[] key = new double[m];
        Integer[] idx = new Integer[m];
        for (int i = 0; i < m; i++) {
            idx[i] = i;
            List<Integer> ns = nb.get(rank.get(i));
            if (ns.isEmpty()) {
                key[i] = i; // stays where it is
            } else {
                double sum = 0;
                for (int u : ns) {
                    sum += pos[u];
                }
                key[i] = sum / ns.size();
            }
        }
        Arrays.sort(idx, Comparator.comparingDouble((Integer i) -> key[i]).thenComparingInt(i -> i));
        List<Integer> sorted = new ArrayList<>(m);
        for (Integer i : idx) {
            sorted.add(rank.get(i));
        }
        rank.clear();
        rank.addAll(sorted);
    }

    /** Edge crossings between adjacent ranks (all edges of the virtual graph join adjacent ranks). */
    static long crossings(List<List<Integer>> order, List<List<Integer>> succs, int[] pos) {
        long c = 0;
        for (int r = 0; r + 1 < order.size(); r++) {
            List<int[]> es = new ArrayList<>();
            for (int u : order.get(r)) {
                for (int v : succs.get(u)) {
                    es.add(new int[] {pos[u], pos[v]});
                }
            }
            es.sort(Comparator.comparingInt((int[] e) -> e[0]).thenComparingInt(e -> e[1]));
            // count inversions of the target positions (O(E^2) is fine at network sizes; E per rank is small)
            for (int i = 0; i < es.size(); i++) {
                for (int j = i + 1; j < es.size(); j++) {
                    if (es.get(i)[0] < es.get(j)[0] && es.get(i)[1] > es.get(j)[1]) {
                        c++;
                    }
                }
            }
        }
        return c;
    }

    /**
     * Moves the nodes of one rank towards their main neighbour in {@code nb}, keeping their order and minimum
     * gaps: weighted isotonic regression on {@code x - offset}. The main neighbour of a node is its first
     * input (downward) or the first reader that has it as first input (upward): a layer's first input is its
     * main path in network documents (an add lists the block's last layer first), so main chains stay
     * straight and side branches and skip lanes move aside. The first child of a node pulls hardest.
     */
    private static void align(List<Integer> rank, List<List<Integer>> nb, double[] x, List<Integer> w, int realCount,
                              List<List<Integer>> preds, List<List<Integer>> succs, boolean down) {
        int m = rank.size();
        if (m == 0) {
            return;
        }
        double[] target = new double[m];
        double[] weight = new double[m];
        double[] offset = new double[m];
        for (int i = 0; i < m; i++) {
            int v = rank.get(i);
            offset[i] = i == 0 ? 0 : offset[i - 1] + (w.get(rank.get(i - 1)) + w.get(v)) / 2.0 + H_GAP;
            Integer main = null;
            if (down) {
                main = preds.get(v).isEmpty() ? null : preds.get(v).get(0);
            } else {
                for (int u : succs.get(v)) {
                    if (preds.get(u).get(0) == v) {
                        main = u;
                        break;
                    }
                }
                if (main == null && !succs.get(v).isEmpty()) {
                    main = succs.get(v).get(0);
                }
            }
            target[i] = (main == null ? x[v] : x[main]) - offset[i];
            if (v >= realCount) {
                weight[i] = DUMMY_WEIGHT;
            } else if (main == null) {
                weight[i] = 0.2;
            } else {
                // among the nodes pulled by the same neighbour, the first one is the main chain
                List<Integer> siblings = down ? succs.get(main) : preds.get(main);
                weight[i] = siblings.get(0) == v ? 1.0 : 0.3;
            }
        }
        // pool adjacent violators: non-decreasing fit
        double[] blockValue = new double[m];
        double[] blockWeight = new double[m];
        int[] blockSize = new int[m];
        int blocks = 0;
        for (int i = 0; i < m; i++) {
            blockValue[blocks] = target[i];
            blockWeight[blocks] = weight[i];
            blockSize[blocks] = 1;
            blocks++;
            while (blocks > 1 && blockValue[blocks - 2] > blockValue[blocks - 1]) {
                double bw = blockWeight[blocks - 2] + blockWeight[blocks - 1];
                blockValue[blocks - 2] = (blockValue[blocks - 2] * blockWeight[blocks - 2]
                        + blockValue[blocks - 1] * blockWeight[blocks - 1]) / bw;
                blockWeight[blocks - 2] = bw;
                blockSize[blocks - 2] += blockSize[blocks - 1];
                blocks--;
            }
        }
        int i = 0;
        for (int b = 0; b < blocks; b++) {
            for (int k = 0; k < blockSize[b]; k++, i++) {
                x[rank.get(i)] = blockValue[b] + offset[i];
            }
        }
    }
}
