package org.hwnas.networkui.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hwnas.model.network.Layer;
import org.hwnas.networkui.graph.NetworkDraft;

/**
 * The layout of a network draft: node 0 is the network input, node {@code i + 1} is layer {@code i}; one
 * edge per (tensor, reader) pair. References a layer cannot have (unknown or later names, already marked
 * as problems) are left out.
 */
public final class DraftLayout {
    public static final int NODE_WIDTH = 196;
    public static final int NODE_HEIGHT = 64;

    /** One drawn edge: tensor {@code from} read by layer {@code to} as its input number {@code slot}. */
    public record Edge(String from, String to, int slot) {
        /** A stable id for scenes: {@code from->to#slot}. */
        public String id() {
            return from + "->" + to + "#" + slot;
        }
    }

    private final List<String> nodes;
    private final List<Edge> edges;
    private final LayeredLayout.Result result;
    private final Map<String, Integer> index;

    private DraftLayout(List<String> nodes, List<Edge> edges, LayeredLayout.Result result, Map<String, Integer> index) {
        this.nodes = nodes;
        this.edges = edges;
        this.result = result;
        this.index = index;
    }

    public static DraftLayout of(NetworkDraft draft) {
        List<String> nodes = new ArrayList<>();
        Map<String, Integer> index = new HashMap<>();
        nodes.add(draft.inputName());
        index.put(draft.inputName(), 0);
        for (Layer l : draft.layers()) {
            index.putIfAbsent(l.name(), nodes.size());
            nodes.add(l.name());
        }
        List<Edge> edges = new ArrayList<>();
        List<int[]> pairs = new ArrayList<>();
        for (int i = 0; i < draft.layers().size(); i++) {
            Layer l = draft.layers().get(i);
            for (int k = 0; k < l.inputs().size(); k++) {
                Integer from = index.get(l.inputs().get(k));
                int to = i + 1;
                if (from != null && from < to) {
                    edges.add(new Edge(l.inputs().get(k), l.name(), k));
                    pairs.add(new int[] {from, to});
                }
            }
        }
        int[] widths = new int[nodes.size()];
        java.util.Arrays.fill(widths, NODE_WIDTH);
        return new DraftLayout(List.copyOf(nodes), List.copyOf(edges), LayeredLayout.layout(widths, NODE_HEIGHT, pairs),
                Map.copyOf(index));
    }

    /** Node names: the input first, then the layers in document order. */
    public List<String> nodes() {
        return nodes;
    }

    public List<Edge> edges() {
        return edges;
    }

    public LayeredLayout.Box box(String node) {
        return result.boxes().get(index.get(node));
    }

    public LayeredLayout.Box box(int node) {
        return result.boxes().get(node);
    }

    public List<LayeredLayout.Pt> route(int edge) {
        return result.routes().get(edge);
    }

    public int rank(String node) {
        return result.ranks()[index.get(node)];
    }

    public int width() {
        return result.width();
    }

    public int height() {
        return result.height();
    }
}
