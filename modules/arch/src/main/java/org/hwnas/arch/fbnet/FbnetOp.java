package org.hwnas.arch.fbnet;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The nine FBNet block choices, in the op-id order of HW-NAS-Bench and HELP ({@code op_idx_list} 0..8).
 * A {@code kK_eE[_g2]} block is 1x1 (grouped) expansion to {@code E x in} channels, depthwise KxK,
 * 1x1 (grouped) projection, each with batch norm, ReLU after the first two; {@code skip} is the identity,
 * or a 1x1 conv-bn-relu where the layer changes shape.
 */
public enum FbnetOp {
    K3_E1(3, 1, 1), K3_E1_G2(3, 1, 2), K3_E3(3, 3, 1), K3_E6(3, 6, 1),
    K5_E1(5, 1, 1), K5_E1_G2(5, 1, 2), K5_E3(5, 3, 1), K5_E6(5, 6, 1),
    SKIP(0, 0, 1);

    private final int kernel;
    private final int expansion;
    private final int groups;

    FbnetOp(int kernel, int expansion, int groups) {
        this.kernel = kernel;
        this.expansion = expansion;
        this.groups = groups;
    }

    /** The op id used by HW-NAS-Bench and HELP. */
    public int id() {
        return ordinal();
    }

    public static FbnetOp ofId(int id) {
        if (id < 0 || id >= values().length) {
            throw new IllegalArgumentException("FBNet op id must be 0..8, got " + id);
        }
        return values()[id];
    }

    /** The spelling of HW-NAS-Bench and HELP, e.g. {@code k3_e1_g2}. */
    public String token() {
        return name().toLowerCase();
    }

    public static FbnetOp ofToken(String token) {
        for (FbnetOp op : values()) {
            if (op.token().equals(token)) {
                return op;
            }
        }
        throw new IllegalArgumentException("unknown FBNet op '" + token + "' (valid: " + validTokens() + ")");
    }

    public static String validTokens() {
        return Arrays.stream(values()).map(FbnetOp::token).collect(Collectors.joining(", "));
    }

    public boolean isSkip() {
        return this == SKIP;
    }

    public int kernel() {
        return kernel;
    }

    public int expansion() {
        return expansion;
    }

    public int groups() {
        return groups;
    }
}
