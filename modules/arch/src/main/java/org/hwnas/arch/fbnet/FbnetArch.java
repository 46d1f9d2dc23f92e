package org.hwnas.arch.fbnet;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.hwnas.arch.NetworkCandidate;
import org.hwnas.model.network.Network;
import org.hwnas.model.network.NetworkBuilder;
import org.hwnas.model.network.TensorShape;

/**
 * An FBNet-space network: one {@link FbnetOp} per searched layer (22) on a {@link FbnetMacro}.
 * <p>Canonical form: a {@code skip} at a layer that keeps the shape (every layer but the first of a
 * stage, where it is the identity) computes the same as removing the layer, so within a stage such skips
 * move to the end. {@link #canonical()} does that; search spaces only hand out canonical candidates.
 * <p>Text form: the op tokens separated by spaces, as HELP's {@code op_names} column.
 */
public record FbnetArch(List<FbnetOp> ops, FbnetMacro macro) implements NetworkCandidate {
    public static final String FAMILY = "fbnet";

    public FbnetArch {
        ops = List.copyOf(ops);
        if (ops.size() != FbnetMacro.LAYERS) {
            throw new IllegalArgumentException("an FBNet network has 22 searched layers, got " + ops.size());
        }
        java.util.Objects.requireNonNull(macro, "macro");
    }

    /** From HW-NAS-Bench / HELP op ids (0..8). */
    public static FbnetArch ofIds(int[] ids, FbnetMacro macro) {
        List<FbnetOp> ops = new ArrayList<>(ids.length);
        for (int id : ids) {
            ops.add(FbnetOp.ofId(id));
        }
        return new FbnetArch(ops, macro);
    }

    public int[] ids() {
        return ops.stream().mapToInt(FbnetOp::id).toArray();
    }

    /** Reads the space-separated op tokens (or op ids). */
    public static FbnetArch parse(String text, FbnetMacro macro) {
        String[] tokens = (text == null ? "" : text.strip()).split("\\s+");
        if (tokens.length != FbnetMacro.LAYERS) {
            throw new IllegalArgumentException("not an FBNet network '" + text + "': expected 22 ops, got " + tokens.length);
        }
        List<FbnetOp> ops = new ArrayList<>();
        for (String t : tokens) {
            ops.add(t.chars().allMatch(Character::isDigit) ? FbnetOp.ofId(Integer.parseInt(t)) : FbnetOp.ofToken(t));
        }
        return new FbnetArch(ops, macro);
    }

    /** Whether {@code layer} keeps its input shape, so a skip there is the identity. */
    public static boolean shapeKeeping(int layer) {
        int s = FbnetMacro.stageOf(layer);
        return layer != FbnetMacro.firstLayer(s) || s == 0; // stage 0: 16 -> 16 channels, stride 1 in both settings
    }

    /** Identity skips moved to the end of their stage. */
    public FbnetArch canonical() {
        List<FbnetOp> out = new ArrayList<>(ops);
        for (int s = 0; s < FbnetMacro.DEPTHS.size(); s++) {
            int first = FbnetMacro.firstLayer(s) + (s == 0 ? 0 : 1);
            int end = FbnetMacro.firstLayer(s) + FbnetMacro.DEPTHS.get(s);
            int w = first;
            for (int i = first; i < end; i++) {
                if (!ops.get(i).isSkip()) {
                    out.set(w++, ops.get(i));
                }
            }
            for (; w < end; w++) {
                out.set(w, FbnetOp.SKIP);
            }
        }
        return out.equals(ops) ? this : new FbnetArch(out, macro);
    }

    public boolean isCanonical() {
        return canonical().equals(this);
    }

    @Override
    public String family() {
        return FAMILY;
    }

    @Override
    public String text() {
        return ops.stream().map(FbnetOp::token).collect(Collectors.joining(" "));
    }

    /**
     * Built like HW-NAS-Bench's FBNet inference model. Channel shuffle after a grouped expansion is a
     * permutation without MACs or parameters and is left out of the graph.
     */
    @Override
    public Network network() {
        NetworkBuilder b = new NetworkBuilder("fbnet-" + macro.key(), "image",
                TensorShape.of(1, 3, macro.resolution(), macro.resolution()));
        b.conv("stem.conv", FbnetMacro.STEM, 3, macro.stemStride(), 1);
        b.bn("stem.bn");
        b.relu("stem.relu");
        int in = FbnetMacro.STEM;
        int layer = 0;
        for (int s = 0; s < FbnetMacro.DEPTHS.size(); s++) {
            int out = FbnetMacro.CHANNELS.get(s);
            for (int i = 0; i < FbnetMacro.DEPTHS.get(s); i++) {
                block(b, "l" + layer + ".", ops.get(layer), in, out, i == 0 ? macro.stride(s) : 1);
                in = out;
                layer++;
            }
        }
        b.conv("head.conv", macro.head(), 1, 1, 0);
        b.bn("head.bn");
        b.relu("head.relu");
        b.globalAvgPool("avgpool");
        b.flatten("flatten");
        b.linear("fc", macro.classes());
        return b.build();
    }

    private static void block(NetworkBuilder b, String p, FbnetOp op, int in, int out, int stride) {
        if (op.isSkip()) {
            if (stride != 1 || in != out) {
                b.conv(p + "conv", out, 1, stride, 0);
                b.bn(p + "bn");
                b.relu(p + "relu");
            }
            return;
        }
        String x = b.last();
        int hidden = in * op.expansion();
        int k = op.kernel();
        b.groupedConv(p + "expand", hidden, 1, 1, 0, op.groups());
        b.bn(p + "expand_bn");
        b.relu(p + "expand_relu");
        b.depthwise(p + "dw", hidden, k, stride, k / 2);
        b.bn(p + "dw_bn");
        b.relu(p + "dw_relu");
        b.groupedConv(p + "project", out, 1, 1, 0, op.groups());
        String y = b.bn(p + "project_bn");
        if (stride == 1 && in == out) {
            b.add(p + "add", x, y);
        }
    }

    @Override
    public String toString() {
        return text();
    }
}
