package org.hwnas.model.network;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Resolves layer inputs, infers every output shape and counts each layer, reporting every problem at once.
 * <p>A layer whose shape cannot be inferred gets no output; layers that read it are skipped silently, so
 * one mistake yields one message rather than a cascade.
 */
public final class ShapeInference {
    /** Tensors above this many elements (about 10^12) are refused: no real network comes close. */
    public static final long MAX_ELEMENTS = 1L << 40;

    /**
     * @param layers   the layers with resolved input names (empty inputs replaced by the default)
     * @param infos    per layer, or {@code null} where the layer's shape could not be inferred
     * @param problems everything wrong, in layer order
     */
    public record Result(List<Layer> layers, List<LayerInfo> infos, List<NetworkProblem> problems) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    private final String inputName;
    private final List<Layer> layers;
    private final Set<Integer> opaque;
    private final List<NetworkProblem> problems = new ArrayList<>();
    /** Tensor name -> producing layer index (-1: the network input). */
    private final Map<String, Integer> defined = new HashMap<>();
    /** Layer name -> first index, to tell forward references from unknown names. */
    private final Map<String, Integer> firstIndex = new HashMap<>();
    private final Map<String, TensorShape> shapes = new HashMap<>();

    private ShapeInference(String inputName, List<Layer> layers, Set<Integer> opaque) {
        this.inputName = inputName;
        this.layers = layers;
        this.opaque = opaque;
    }

    public static Result infer(String inputName, TensorShape input, List<Layer> layers) {
        return infer(inputName, input, layers, Set.of());
    }

    /**
     * Like {@link #infer(String, TensorShape, List)}, but the layers at {@code opaque} indices are
     * placeholders for layers a document reader could not decode: their names and input references are
     * checked, their shapes are unknown. This lets a reader report every problem of a document at once.
     */
    public static Result infer(String inputName, TensorShape input, List<Layer> layers, Set<Integer> opaque) {
        return new ShapeInference(inputName, layers, opaque).run(input);
    }

    private Result run(TensorShape input) {
        defined.put(inputName, -1);
        shapes.put(inputName, input);
        for (int i = layers.size() - 1; i >= 0; i--) {
            firstIndex.put(layers.get(i).name(), i);
        }
        if (layers.isEmpty()) {
            problems.add(new NetworkProblem(-1, "", "layers", -1, "a network needs at least one layer"));
        }
        List<Layer> resolved = new ArrayList<>(layers.size());
        List<LayerInfo> infos = new ArrayList<>(layers.size());
        for (int i = 0; i < layers.size(); i++) {
            Layer layer = resolveInputs(i);
            resolved.add(layer);
            LayerInfo info = opaque.contains(i) ? checkReferences(i, layer) : inferLayer(i, layer);
            infos.add(info);
            if (!defined.containsKey(layer.name())) {
                defined.put(layer.name(), i);
                if (info != null) {
                    shapes.put(layer.name(), info.output());
                }
            }
        }
        checkTotals(infos);
        return new Result(List.copyOf(resolved), Collections.unmodifiableList(infos), List.copyOf(problems));
    }

    /** Network totals must fit in a long too (only absurd documents get here). */
    private void checkTotals(List<LayerInfo> infos) {
        try {
            long macs = 0;
            long params = 0;
            for (LayerInfo info : infos) {
                if (info != null) {
                    macs = Math.addExact(macs, info.macs());
                    params = Math.addExact(params, info.params());
                }
            }
        } catch (ArithmeticException e) {
            problems.add(new NetworkProblem(-1, "", "layers", -1, "total MACs or parameters overflow 64 bits"));
        }
    }

    private LayerInfo checkReferences(int i, Layer layer) {
        for (int k = 0; k < layer.inputs().size(); k++) {
            lookup(i, k, layer);
        }
        return null;
    }

    private Layer resolveInputs(int i) {
        Layer layer = layers.get(i);
        if (layer.name().equals(inputName)) {
            report(i, "name", "'" + inputName + "' is already the network input's name");
        } else if (defined.containsKey(layer.name())) {
            report(i, "name", "duplicate layer name '" + layer.name() + "' (first used by layers["
                    + defined.get(layer.name()) + "])");
        }
        if (layer.inputs().isEmpty()) {
            return layer.withInputs(i == 0 ? inputName : layers.get(i - 1).name());
        }
        return layer;
    }

    private LayerInfo inferLayer(int i, Layer layer) {
        LayerKind kind = layer.kind();
        int count = layer.inputs().size();
        if (count < kind.minInputs() || count > kind.maxInputs()) {
            String want = kind.minInputs() == kind.maxInputs() ? "exactly " + kind.minInputs()
                    : "at least " + kind.minInputs();
            report(i, "inputs", kind.key() + " takes " + want + " input" + (kind.minInputs() == 1 ? "" : "s")
                    + ", got " + count);
            return null;
        }
        List<TensorShape> ins = new ArrayList<>(count);
        boolean known = true;
        for (int k = 0; k < count; k++) {
            TensorShape s = lookup(i, k, layer);
            known &= s != null;
            ins.add(s);
        }
        if (!known) {
            return null;
        }
        LayerCheck check = new LayerCheck(i, layer);
        TensorShape out = LayerShapes.output(layer, ins, check);
        if (out == null || !check.ok()) {
            return null;
        }
        try {
            if (out.elements() > MAX_ELEMENTS) {
                check.fail("", "output " + out + " has " + out.elements() + " elements; the limit is 2^40");
                return null;
            }
            return LayerCounts.count(layer, ins, out);
        } catch (ArithmeticException e) {
            check.fail("", "output " + out + " is too large to count (64-bit overflow)");
            return null;
        }
    }

    /** The shape of input {@code k}, or null (with a problem when the name is wrong). */
    private TensorShape lookup(int i, int k, Layer layer) {
        String name = layer.inputs().get(k);
        // an explicit list gets element paths; a defaulted input points at the layer's 'inputs' field
        int element = layers.get(i).inputs().isEmpty() ? -1 : k;
        Integer at = defined.get(name);
        if (at == null && name.equals(layer.name())) {
            report(i, "inputs", element, "a layer cannot read its own output '" + name + "'");
            return null;
        }
        if (at == null) {
            Integer later = firstIndex.get(name);
            if (later != null && later > i) {
                report(i, "inputs", element, "'" + name + "' is defined later (layers[" + later
                        + "]); a layer may read only the network input or earlier layers");
            } else {
                report(i, "inputs", element, "unknown input '" + name + "' (no earlier layer or network input has that name)");
            }
            return null;
        }
        return shapes.get(name); // null when that layer failed: already reported
    }

    private void report(int i, String field, String reason) {
        report(i, field, -1, reason);
    }

    private void report(int i, String field, int element, String reason) {
        problems.add(new NetworkProblem(i, layers.get(i).name(), field, element, reason));
    }

    /** Problem sink for one layer, used by {@link LayerShapes}. */
    final class LayerCheck {
        private final int index;
        private final Layer layer;
        private boolean ok = true;

        LayerCheck(int index, Layer layer) {
            this.index = index;
            this.layer = layer;
        }

        void fail(String field, String reason) {
            fail(field, -1, reason);
        }

        /** A problem with input {@code k}; element paths only when the document listed inputs. */
        void failInput(int k, String reason) {
            fail("inputs", layers.get(index).inputs().isEmpty() ? -1 : k, reason);
        }

        private void fail(String field, int element, String reason) {
            ok = false;
            report(index, field, element, reason);
        }

        boolean ok() {
            return ok;
        }

        Layer layer() {
            return layer;
        }
    }
}
