package org.hwnas.networkui.graph;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hwnas.model.doc.DocumentException;
import org.hwnas.model.doc.DocumentKind;
import org.hwnas.model.doc.DocumentWriter;
import org.hwnas.model.doc.JsonDocument;
import org.hwnas.model.doc.Problem;
import org.hwnas.model.network.Layer;
import org.hwnas.model.network.LayerKind;
import org.hwnas.model.network.LayerParam;
import org.hwnas.model.network.Network;
import org.hwnas.model.network.NetworkProblem;
import org.hwnas.model.network.Size2;
import org.hwnas.model.network.TensorShape;
import org.hwnas.model.network.io.NetworkDocument;

/**
 * Document text &lt;-&gt; {@link NetworkDraft}, through the model's reader and writer
 * ({@link NetworkDocument}). The model refuses networks with shape problems in both directions; an editor
 * must keep such a network on screen (marked) rather than lose the graph, so:
 * <ul>
 * <li>{@link #write} uses {@link NetworkDocument#toText} for valid drafts and, for drafts with shape problems
 *     only, writes the same form itself (a test keeps the two equal on every example);</li>
 * <li>{@link #read} uses {@link NetworkDocument#parse}; when that fails <em>only</em> with shape problems (the
 *     problems the model reports are exactly the ones shape inference finds on the decoded layers), the draft
 *     is returned with its problems; any other problem (syntax, types, unknown fields) yields no draft.</li>
 * </ul>
 */
public final class DraftText {
    private DraftText() {
    }

    /**
     * What reading a text gave.
     *
     * @param draft    the network (possibly with shape problems), or empty when the text is not a network
     * @param problems what the model's reader reported, {@code file:line:col: path: reason}
     */
    public record Read(Optional<NetworkDraft> draft, List<Problem> problems) {
        public boolean hasGraph() {
            return draft.isPresent();
        }
    }

    public static Read read(String label, String text) {
        try {
            Network n = NetworkDocument.parse(label, text);
            return new Read(Optional.of(NetworkDraft.of(n)), List.of());
        } catch (DocumentException e) {
            Optional<NetworkDraft> lenient = lenient(label, text)
                    .filter(d -> onlyShapeProblems(d, e.problems()));
            return new Read(lenient, e.problems());
        }
    }

    public static String write(NetworkDraft draft) {
        Optional<Network> valid = draft.toNetwork();
        return valid.map(NetworkDocument::toText).orElseGet(() -> DocumentWriter.toText(encode(draft)));
    }

    private static boolean onlyShapeProblems(NetworkDraft d, List<Problem> reported) {
        Set<String> expected = new HashSet<>();
        for (NetworkProblem p : d.problems()) {
            expected.add(p.path() + "\u0000" + p.reason());
        }
        Set<String> got = new HashSet<>();
        for (Problem p : reported) {
            got.add(p.path() + "\u0000" + p.reason());
        }
        return !expected.isEmpty() && expected.equals(got);
    }

    /** The layers as the model's decoder reads them, without its checks; empty on anything unusual. */
    static Optional<NetworkDraft> lenient(String label, String text) {
        try {
            JsonNode root = JsonDocument.parse(label, text).json();
            JsonNode input = root.get("input");
            JsonNode dims = input.get("shape");
            int[] v = {1, 1, 1, 1};
            if (dims.size() != 4 && dims.size() != 2) {
                return Optional.empty();
            }
            for (int i = 0; i < dims.size(); i++) {
                v[i] = dims.get(i).intValue();
            }
            List<Layer> layers = new ArrayList<>();
            for (JsonNode l : root.get("layers")) {
                layers.add(layer(l));
            }
            return Optional.of(new NetworkDraft(root.get("name").textValue(), input.get("name").textValue(),
                    TensorShape.of(v[0], v[1], v[2], v[3]), layers));
        } catch (DocumentException | RuntimeException e) {
            return Optional.empty(); // not "only shapes": the model's problems are shown as they are
        }
    }

    private static Layer layer(JsonNode l) {
        LayerKind kind = LayerKind.fromKey(l.get("kind").textValue()).orElseThrow();
        List<String> inputs = new ArrayList<>();
        if (l.has("inputs")) {
            l.get("inputs").forEach(n -> inputs.add(n.textValue()));
        }
        Set<LayerParam> p = LayerParam.of(kind);
        int out = p.contains(LayerParam.OUT_CHANNELS) ? l.get("out_channels").intValue()
                : p.contains(LayerParam.OUT_FEATURES) ? l.get("out_features").intValue() : 0;
        Size2 kernel = p.contains(LayerParam.KERNEL) ? size(l.get("kernel"), null) : Size2.ONE;
        Size2 stride = p.contains(LayerParam.STRIDE) ? size(l.get("stride"), kind.isPool() ? kernel : Size2.ONE) : Size2.ONE;
        Size2 padding = p.contains(LayerParam.PADDING) ? size(l.get("padding"), Size2.ZERO) : Size2.ZERO;
        Size2 dilation = p.contains(LayerParam.DILATION) ? size(l.get("dilation"), Size2.ONE) : Size2.ONE;
        int groups = p.contains(LayerParam.GROUPS) && l.has("groups") ? l.get("groups").intValue() : 1;
        boolean bias = p.contains(LayerParam.BIAS) && (!l.has("bias") || l.get("bias").booleanValue());
        return new Layer(l.get("name").textValue(), kind, inputs, out, kernel, stride, padding, dilation, groups, bias);
    }

    private static Size2 size(JsonNode n, Size2 fallback) {
        if (n == null) {
            if (fallback == null) {
                throw new IllegalArgumentException("missing");
            }
            return fallback;
        }
        return n.isArray() ? Size2.of(n.get(0).intValue(), n.get(1).intValue()) : Size2.square(n.intValue());
    }

    /** The model's document form, for drafts the model cannot hold as a {@code Network}. */
    static ObjectNode encode(NetworkDraft d) {
        return NetworkDocument.draftJson(d.name(), d.inputName(), d.inputShape(), d.layers());
    }
}
