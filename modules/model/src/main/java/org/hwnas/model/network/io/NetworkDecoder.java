package org.hwnas.model.network.io;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.hwnas.model.doc.DocNode;
import org.hwnas.model.doc.DocumentException;
import org.hwnas.model.doc.DocumentKind;
import org.hwnas.model.doc.JsonDocument;
import org.hwnas.model.network.Layer;
import org.hwnas.model.network.LayerKind;
import org.hwnas.model.network.LayerParam;
import org.hwnas.model.network.Network;
import org.hwnas.model.network.NetworkProblem;
import org.hwnas.model.network.ShapeInference;
import org.hwnas.model.network.Size2;
import org.hwnas.model.network.TensorShape;

/**
 * Turns a parsed {@code network/1} document into a {@link Network}, recording every problem (types,
 * ranges, unknown fields and kinds, then names, references and shapes) before throwing them together.
 */
final class NetworkDecoder {
    static final Set<String> TOP_FIELDS = Set.of("format", "name", "input", "layers");
    static final List<String> COMMON_LAYER_FIELDS = List.of("name", "kind", "inputs");

    private final JsonDocument doc;
    private final DocNode root;

    private NetworkDecoder(JsonDocument doc) {
        this.doc = doc;
        this.root = doc.root();
    }

    static Network decode(JsonDocument doc) throws DocumentException {
        return new NetworkDecoder(doc).decode();
    }

    private Network decode() throws DocumentException {
        boolean formatOk = doc.checkFormat(DocumentKind.NETWORK);
        if (!root.json().isObject() || (!formatOk && root.has("format"))) {
            doc.throwIfProblems(); // not a network document at all: the rest would be noise
        }
        root.allowOnly(TOP_FIELDS);
        String name = root.string("name");
        int before = doc.problems().size();
        DocNode inputNode = root.object("input");
        String inputName = "";
        TensorShape inputShape = null;
        if (!inputNode.isMissing()) {
            inputNode.allowOnly("name", "shape");
            inputName = inputNode.string("name");
            inputShape = shape(inputNode);
        }
        boolean inputOk = doc.problems().size() == before && inputShape != null;

        DocNode layersNode = root.get("layers");
        List<DocNode> layerNodes = root.array("layers");
        if (root.has("layers") && layersNode.json().isArray() && layerNodes.isEmpty()) {
            layersNode.error("must contain at least one layer");
        }
        List<Layer> layers = new ArrayList<>(layerNodes.size());
        Set<Integer> undecoded = new HashSet<>();
        for (int i = 0; i < layerNodes.size(); i++) {
            DocNode layerNode = layerNodes.get(i);
            Optional<Layer> layer = new LayerDecoder(doc, layerNode).decode();
            layers.add(layer.orElseGet(() -> placeholder(layerNode)));
            if (layer.isEmpty()) {
                undecoded.add(i);
            }
        }
        if (inputOk && !layers.isEmpty()) {
            ShapeInference.Result r = ShapeInference.infer(inputName, inputShape, layers, undecoded);
            for (NetworkProblem p : r.problems()) {
                locate(layersNode, p).error(p.reason());
            }
        }
        doc.throwIfProblems();
        return new Network(name, inputName, inputShape, layers);
    }

    /** {@code [N, C, H, W]} or {@code [N, C]} (a flat input); null after recording a problem. */
    private static TensorShape shape(DocNode input) {
        if (!input.has("shape")) {
            if (!input.isMissing()) {
                input.error("shape", "missing required field");
            }
            return null;
        }
        DocNode shape = input.get("shape");
        List<DocNode> dims = shape.elements();
        if (!shape.json().isArray()) {
            return null;
        }
        if (dims.size() != 4 && dims.size() != 2) {
            shape.error("must be [N, C, H, W] or [N, C], got " + dims.size() + " values");
            return null;
        }
        int[] v = new int[4];
        boolean ok = true;
        for (int i = 0; i < 4; i++) {
            v[i] = i < dims.size() ? (int) dims.get(i).asLong(1, Integer.MAX_VALUE, 0) : 1;
            ok &= v[i] > 0;
        }
        if (!ok) {
            return null;
        }
        TensorShape s = TensorShape.of(v[0], v[1], v[2], v[3]);
        if ((double) v[0] * v[1] * v[2] * v[3] > ShapeInference.MAX_ELEMENTS) {
            shape.error(s + " is too large; tensors are limited to 2^40 elements");
            return null;
        }
        return s;
    }

    /** Stands in for a layer that could not be decoded, so later problems can still be found. */
    private static Layer placeholder(DocNode node) {
        String name = node.json().path("name").isTextual() && !node.json().path("name").asText().isBlank()
                ? node.json().path("name").asText() : node.path();
        List<String> inputs = new ArrayList<>();
        node.json().path("inputs").forEach(n -> {
            if (n.isTextual()) {
                inputs.add(n.asText());
            }
        });
        return Layer.of(name, LayerKind.IDENTITY).withInputs(inputs);
    }

    private static DocNode locate(DocNode layersNode, NetworkProblem p) {
        if (p.layerIndex() < 0) {
            return layersNode;
        }
        DocNode n = layersNode.at(p.layerIndex());
        if (!p.field().isEmpty()) {
            n = n.get(p.field());
        }
        return p.element() >= 0 ? n.at(p.element()) : n;
    }

    /** Decodes one layer object. */
    private static final class LayerDecoder {
        private final JsonDocument doc;
        private final DocNode node;

        LayerDecoder(JsonDocument doc, DocNode node) {
            this.doc = doc;
            this.node = node;
        }

        Optional<Layer> decode() {
            if (!node.json().isObject()) {
                node.error("must be an object, got " + (node.json().isArray() ? "an array" : node.json().toString()));
                return Optional.empty();
            }
            int before = doc.problems().size();
            String name = node.string("name");
            LayerKind kind = kind();
            List<String> inputs = inputs();
            if (kind == null) {
                return Optional.empty();
            }
            checkFields(kind);
            Set<LayerParam> params = LayerParam.of(kind);
            int out = 0;
            if (params.contains(LayerParam.OUT_CHANNELS)) {
                out = node.integer("out_channels", 1, Integer.MAX_VALUE);
            } else if (params.contains(LayerParam.OUT_FEATURES)) {
                out = node.integer("out_features", 1, Integer.MAX_VALUE);
            }
            Size2 kernel = params.contains(LayerParam.KERNEL) ? size2("kernel", null, 1) : Size2.ONE;
            Size2 defaultStride = kind.isPool() ? kernel : Size2.ONE; // PyTorch pools: stride = kernel
            Size2 stride = params.contains(LayerParam.STRIDE) ? size2("stride", defaultStride, 1) : Size2.ONE;
            Size2 padding = params.contains(LayerParam.PADDING) ? size2("padding", Size2.ZERO, 0) : Size2.ZERO;
            Size2 dilation = params.contains(LayerParam.DILATION) ? size2("dilation", Size2.ONE, 1) : Size2.ONE;
            int groups = params.contains(LayerParam.GROUPS) ? node.integer("groups", 1, 1, Integer.MAX_VALUE) : 1;
            boolean bias = params.contains(LayerParam.BIAS) && node.bool("bias", true);
            if (doc.problems().size() != before || kernel == null || stride == null || padding == null || dilation == null) {
                return Optional.empty();
            }
            return Optional.of(new Layer(name, kind, inputs, out, kernel, stride, padding, dilation, groups, bias));
        }

        private LayerKind kind() {
            String key = node.string("kind", null);
            if (key == null) {
                if (!node.has("kind")) {
                    node.error("kind", "missing required field (valid: " + LayerKind.validKeys() + ")");
                }
                return null;
            }
            Optional<LayerKind> kind = LayerKind.fromKey(key);
            if (kind.isEmpty()) {
                String hint = Arrays.stream(LayerKind.values()).map(LayerKind::key)
                        .filter(k -> Spelling.isTypo(key.toLowerCase(Locale.ROOT), k)).findFirst()
                        .map(k -> "; did you mean '" + k + "'?").orElse("");
                node.get("kind").error("unknown layer kind '" + key + "' (valid: " + LayerKind.validKeys() + ")" + hint);
            }
            return kind.orElse(null);
        }

        private List<String> inputs() {
            if (!node.has("inputs")) {
                return List.of();
            }
            DocNode field = node.get("inputs");
            List<DocNode> elements = field.elements();
            if (field.json().isArray() && elements.isEmpty()) {
                field.error("must not be empty; leave 'inputs' out to read the previous layer");
            }
            List<String> names = new ArrayList<>();
            for (DocNode e : elements) {
                if (!e.json().isTextual() || e.json().asText().isBlank()) {
                    e.error("must be a layer or input name, got " + (e.json().isTextual() ? "an empty string" : e.json().toString()));
                } else {
                    names.add(e.json().asText());
                }
            }
            return names;
        }

        /** Reports fields this kind does not take, saying which kinds use them when it is a known field. */
        private void checkFields(LayerKind kind) {
            Set<String> allowed = new LinkedHashSet<>(COMMON_LAYER_FIELDS);
            LayerParam.of(kind).forEach(p -> allowed.add(p.key()));
            for (String field : node.members().keySet()) {
                if (allowed.contains(field)) {
                    continue;
                }
                String valid = String.join(", ", allowed);
                boolean known = Arrays.stream(LayerParam.values()).anyMatch(p -> p.key().equals(field));
                String hint = allowed.stream().filter(a -> Spelling.isTypo(field, a)).findFirst()
                        .map(a -> "; did you mean '" + a + "'?").orElse("");
                node.get(field).error(known
                        ? "does not apply to a " + kind.key() + " layer (its fields: " + valid + ")"
                        : "unknown field (valid for " + kind.key() + ": " + valid + ")" + hint);
            }
        }

        /** An int or {@code [h, w]} pair, each {@code >= min}; null after recording a problem. */
        private Size2 size2(String field, Size2 fallback, int min) {
            if (!node.has(field)) {
                if (fallback == null) {
                    node.error(field, "missing required field");
                }
                return fallback;
            }
            DocNode v = node.get(field);
            if (v.json().isArray()) {
                if (v.json().size() != 2) {
                    v.error("must be one integer or [height, width], got " + v.json().size() + " values");
                    return null;
                }
                int h = (int) v.at(0).asLong(min, Integer.MAX_VALUE, -1);
                int w = (int) v.at(1).asLong(min, Integer.MAX_VALUE, -1);
                return h < 0 || w < 0 ? null : Size2.of(h, w);
            }
            if (!v.json().isNumber()) {
                v.error("must be an integer or [height, width], got " + describe(v));
                return null;
            }
            int s = (int) v.asLong(min, Integer.MAX_VALUE, -1);
            return s < 0 ? null : Size2.square(s);
        }

        private static String describe(DocNode v) {
            return v.json().isTextual() ? "string \"" + v.json().asText() + "\"" : v.json().toString();
        }
    }
}
