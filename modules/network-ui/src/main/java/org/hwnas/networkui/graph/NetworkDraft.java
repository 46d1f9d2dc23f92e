package org.hwnas.networkui.graph;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;
import org.hwnas.model.network.Layer;
import org.hwnas.model.network.LayerInfo;
import org.hwnas.model.network.LayerKind;
import org.hwnas.model.network.Network;
import org.hwnas.model.network.NetworkProblem;
import org.hwnas.model.network.ShapeInference;
import org.hwnas.model.network.Size2;
import org.hwnas.model.network.TensorShape;

/**
 * The network an editor shows: like {@link Network}, but it may have shape problems (a {@link Network} is
 * valid by construction, an editor must be able to show "this add now sees 1x64 and 1x128"). Immutable;
 * every edit returns a new draft, or throws {@link IllegalArgumentException} with a reason a user can act on
 * when the edit makes no sense at all (a duplicate name, a cycle). Layers always carry explicit input names,
 * so reordering never changes what a layer reads.
 */
public final class NetworkDraft {
    private final String name;
    private final String inputName;
    private final TensorShape inputShape;
    private final List<Layer> layers;
    private ShapeInference.Result inference; // lazily, drafts are immutable

    public NetworkDraft(String name, String inputName, TensorShape inputShape, List<Layer> layers) {
        this.name = Objects.requireNonNull(name, "name");
        this.inputName = Objects.requireNonNull(inputName, "inputName");
        this.inputShape = Objects.requireNonNull(inputShape, "inputShape");
        this.layers = List.copyOf(resolve(inputName, layers));
    }

    /** A valid network as a draft. */
    public static NetworkDraft of(Network network) {
        return new NetworkDraft(network.name(), network.inputName(), network.inputShape(), network.layers());
    }

    private static List<Layer> resolve(String inputName, List<Layer> layers) {
        List<Layer> out = new ArrayList<>(layers.size());
        String previous = inputName;
        for (Layer l : layers) {
            out.add(l.inputs().isEmpty() ? l.withInputs(previous) : l);
            previous = l.name();
        }
        return out;
    }

    public String name() {
        return name;
    }

    public String inputName() {
        return inputName;
    }

    public TensorShape inputShape() {
        return inputShape;
    }

    /** In document order; every layer reads only the input or earlier layers. */
    public List<Layer> layers() {
        return layers;
    }

    public Optional<Layer> layer(String layerName) {
        return layers.stream().filter(l -> l.name().equals(layerName)).findFirst();
    }

    public int indexOf(String layerName) {
        for (int i = 0; i < layers.size(); i++) {
            if (layers.get(i).name().equals(layerName)) {
                return i;
            }
        }
        return -1;
    }

    // ---- analysis -----------------------------------------------------------------------------

    private synchronized ShapeInference.Result inference() {
        if (inference == null) {
            inference = ShapeInference.infer(inputName, inputShape, layers);
        }
        return inference;
    }

    public boolean isValid() {
        return inference().ok();
    }

    /** Every shape problem, in layer order. */
    public List<NetworkProblem> problems() {
        return inference().problems();
    }

    /** Layer name -> its problems joined one per line (only layers that have some). */
    public Map<String, String> problemsByLayer() {
        Map<String, String> out = new LinkedHashMap<>();
        for (NetworkProblem p : problems()) {
            String key = p.layerIndex() < 0 ? "" : p.layerName();
            String field = p.field().isEmpty() ? "" : p.field() + ": ";
            out.merge(key, field + p.reason(), (a, b) -> a + "\n" + b);
        }
        return out;
    }

    /** Shapes and counts of a layer, empty when its shape could not be inferred. */
    public Optional<LayerInfo> info(String layerName) {
        int i = indexOf(layerName);
        return i < 0 ? Optional.empty() : Optional.ofNullable(inference().infos().get(i));
    }

    /** The shape of a tensor (the input or a layer output), empty when unknown. */
    public Optional<TensorShape> shape(String tensor) {
        return tensor.equals(inputName) ? Optional.of(inputShape) : info(tensor).map(LayerInfo::output);
    }

    public long totalMacs() {
        return inference().infos().stream().filter(Objects::nonNull).mapToLong(LayerInfo::macs).sum();
    }

    /** The valid network, or empty while there are shape problems. */
    public Optional<Network> toNetwork() {
        return isValid() ? Optional.of(new Network(name, inputName, inputShape, layers)) : Optional.empty();
    }

    // ---- edits ----------------------------------------------------------------------------------

    private NetworkDraft with(List<Layer> newLayers) {
        return new NetworkDraft(name, inputName, inputShape, newLayers);
    }

    /** Why {@code candidate} cannot name a new or renamed layer, or null. */
    public String nameProblem(String candidate, String renaming) {
        if (candidate == null || candidate.isBlank()) {
            return "a layer name must not be blank";
        }
        if (!candidate.equals(candidate.strip())) {
            return "a layer name must not start or end with spaces";
        }
        if (candidate.equals(inputName)) {
            return "'" + candidate + "' is the network input's name";
        }
        if (!candidate.equals(renaming) && indexOf(candidate) >= 0) {
            return "there is already a layer named '" + candidate + "'";
        }
        return null;
    }

    /** Replaces the layer {@code layerName} (same name, or a new one: references follow). */
    public NetworkDraft replace(String layerName, Layer replacement) {
        int i = require(layerName);
        if (!replacement.name().equals(layerName)) {
            String p = nameProblem(replacement.name(), layerName);
            if (p != null) {
                throw new IllegalArgumentException(p);
            }
        }
        List<Layer> out = new ArrayList<>(layers);
        out.set(i, replacement);
        if (!replacement.name().equals(layerName)) {
            out = renameReferences(out, layerName, replacement.name());
        }
        return with(out);
    }

    public NetworkDraft rename(String layerName, String newName) {
        Layer l = layers.get(require(layerName));
        if (newName.equals(layerName)) {
            return this;
        }
        String p = nameProblem(newName, layerName);
        if (p != null) {
            throw new IllegalArgumentException(p);
        }
        return replace(layerName, copy(l, newName, l.inputs()));
    }

    private static List<Layer> renameReferences(List<Layer> in, String from, String to) {
        List<Layer> out = new ArrayList<>(in.size());
        for (Layer l : in) {
            if (l.inputs().contains(from)) {
                List<String> ins = new ArrayList<>(l.inputs());
                ins.replaceAll(s -> s.equals(from) ? to : s);
                l = l.withInputs(ins);
            }
            out.add(l);
        }
        return out;
    }

    /**
     * Removes a layer. Its readers read what it read instead (its first input), so deleting a batch norm in a
     * chain keeps the chain connected; a reader that would list a tensor twice lists it once.
     */
    public NetworkDraft remove(String layerName) {
        int i = require(layerName);
        if (layers.size() == 1) {
            throw new IllegalArgumentException("a network needs at least one layer");
        }
        String bypass = layers.get(i).inputs().get(0);
        List<Layer> out = new ArrayList<>(layers.size() - 1);
        for (int k = 0; k < layers.size(); k++) {
            if (k == i) {
                continue;
            }
            Layer l = layers.get(k);
            if (l.inputs().contains(layerName)) {
                List<String> ins = new ArrayList<>();
                for (String s : l.inputs()) {
                    String t = s.equals(layerName) ? bypass : s;
                    if (!ins.contains(t)) {
                        ins.add(t);
                    }
                }
                l = l.withInputs(ins);
            }
            out.add(l);
        }
        return with(out);
    }

    /**
     * Inserts a new layer of {@code kind} reading {@code after} (a layer or the input); the readers of
     * {@code after} read the new layer instead when it takes one input (insert into a chain).
     */
    public NetworkDraft insertAfter(String after, LayerKind kind) {
        if (!after.equals(inputName)) {
            require(after);
        }
        String newName = freshName(kind.key());
        Layer fresh = defaults(newName, kind, shape(after).orElse(null)).withInputs(after);
        int at = after.equals(inputName) ? 0 : indexOf(after) + 1;
        List<Layer> out = new ArrayList<>(layers);
        if (kind.maxInputs() == 1) {
            out = renameReferences(out, after, newName);
        }
        out.add(at, fresh);
        return with(out);
    }

    /** Appends a new layer of {@code kind} reading the current output (the last layer). */
    public NetworkDraft append(LayerKind kind) {
        String last = layers.isEmpty() ? inputName : layers.get(layers.size() - 1).name();
        return insertAfter(last, kind);
    }

    /** A layer name not yet used: {@code conv2d_1}, {@code conv2d_2}, ... */
    public String freshName(String base) {
        Set<String> used = new HashSet<>();
        used.add(inputName);
        layers.forEach(l -> used.add(l.name()));
        for (int n = 1; ; n++) {
            String c = base + "_" + n;
            if (!used.contains(c)) {
                return c;
            }
        }
    }

    /** A new layer with parameters that keep the channel count where that makes sense. */
    static Layer defaults(String name, LayerKind kind, TensorShape in) {
        int channels = in == null ? 16 : in.c();
        return switch (kind) {
            case CONV2D -> Layer.conv2d(name, channels, 3, 1, 1, false);
            case LINEAR -> Layer.linear(name, 10, true);
            case MAX_POOL -> Layer.maxPool(name, 2, 2, 0);
            case AVG_POOL -> Layer.avgPool(name, 2, 2, 0);
            case ZERO -> Layer.zero(name, Size2.ONE);
            default -> Layer.of(name, kind);
        };
    }

    /**
     * Makes {@code to} read {@code from}: a one-input layer is re-wired, a many-input layer (add, concat)
     * gains an input. Layers are reordered (stably) so every layer still follows what it reads.
     *
     * @throws IllegalArgumentException when {@code from} already depends on {@code to} (a cycle)
     */
    public NetworkDraft connect(String from, String to) {
        int t = require(to);
        if (!from.equals(inputName)) {
            require(from);
        }
        if (from.equals(to)) {
            throw new IllegalArgumentException("a layer cannot read its own output");
        }
        if (dependsOn(from, to)) {
            throw new IllegalArgumentException("'" + from + "' already depends on '" + to
                    + "'; reading it from '" + to + "' would make a cycle");
        }
        Layer target = layers.get(t);
        if (target.inputs().contains(from)) {
            throw new IllegalArgumentException("'" + to + "' already reads '" + from + "'");
        }
        List<String> ins = new ArrayList<>();
        if (target.kind().maxInputs() > 1) {
            ins.addAll(target.inputs());
        }
        ins.add(from);
        List<Layer> out = new ArrayList<>(layers);
        out.set(t, target.withInputs(ins));
        return with(topologicalOrder(out));
    }

    /** Removes the edge {@code from -> to}; a layer keeps at least one input. */
    public NetworkDraft disconnect(String from, String to) {
        int t = require(to);
        Layer target = layers.get(t);
        if (!target.inputs().contains(from)) {
            throw new IllegalArgumentException("'" + to + "' does not read '" + from + "'");
        }
        if (target.inputs().size() == 1) {
            throw new IllegalArgumentException("'" + to + "' needs at least one input; connect another one first");
        }
        List<String> ins = new ArrayList<>(target.inputs());
        ins.remove(from);
        List<Layer> out = new ArrayList<>(layers);
        out.set(t, target.withInputs(ins));
        return with(out);
    }

    /** Whether tensor {@code a} is computed from tensor {@code b} (directly or not). */
    public boolean dependsOn(String a, String b) {
        Map<String, Layer> byName = new HashMap<>();
        layers.forEach(l -> byName.put(l.name(), l));
        List<String> stack = new ArrayList<>(List.of(a));
        Set<String> seen = new HashSet<>();
        while (!stack.isEmpty()) {
            String cur = stack.remove(stack.size() - 1);
            if (cur.equals(b)) {
                return true;
            }
            Layer l = byName.get(cur);
            if (l != null && seen.add(cur)) {
                stack.addAll(l.inputs());
            }
        }
        return false;
    }

    /** Kahn's algorithm, ties broken by the current position, so an already ordered list is unchanged. */
    static List<Layer> topologicalOrder(List<Layer> in) {
        Map<String, Integer> pos = new HashMap<>();
        for (int i = 0; i < in.size(); i++) {
            pos.put(in.get(i).name(), i);
        }
        int[] pending = new int[in.size()];
        Map<Integer, List<Integer>> readers = new HashMap<>();
        for (int i = 0; i < in.size(); i++) {
            for (String s : in.get(i).inputs()) {
                Integer p = pos.get(s);
                if (p != null) {
                    pending[i]++;
                    readers.computeIfAbsent(p, k -> new ArrayList<>()).add(i);
                }
            }
        }
        PriorityQueue<Integer> ready = new PriorityQueue<>();
        for (int i = 0; i < in.size(); i++) {
            if (pending[i] == 0) {
                ready.add(i);
            }
        }
        List<Layer> out = new ArrayList<>(in.size());
        while (!ready.isEmpty()) {
            int i = ready.poll();
            out.add(in.get(i));
            for (int r : readers.getOrDefault(i, Collections.emptyList())) {
                if (--pending[r] == 0) {
                    ready.add(r);
                }
            }
        }
        if (out.size() != in.size()) {
            throw new IllegalArgumentException("the layers form a cycle");
        }
        return out;
    }

    private int require(String layerName) {
        int i = indexOf(layerName);
        if (i < 0) {
            throw new IllegalArgumentException("no layer named '" + layerName + "'");
        }
        return i;
    }

    static Layer copy(Layer l, String newName, List<String> inputs) {
        return new Layer(newName, l.kind(), inputs, l.outChannels(), l.kernel(), l.stride(), l.padding(),
                l.dilation(), l.groups(), l.bias());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NetworkDraft d && name.equals(d.name) && inputName.equals(d.inputName)
                && inputShape.equals(d.inputShape) && layers.equals(d.layers);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, inputName, inputShape, layers);
    }

    @Override
    public String toString() {
        return "NetworkDraft[" + name + ", " + layers.size() + " layers" + (isValid() ? "" : ", invalid") + "]";
    }
}
