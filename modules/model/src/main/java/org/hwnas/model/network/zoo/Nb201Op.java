package org.hwnas.model.network.zoo;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The five NAS-Bench-201 edge operations, in the benchmark's own order (the order digits use in a cell
 * code), named as in its arch strings. The one op type of the project: network building (here) and the
 * candidate cells of {@code org.hwnas.arch.nb201} both use it.
 */
public enum Nb201Op {
    NONE("none"),
    SKIP_CONNECT("skip_connect"),
    NOR_CONV_1X1("nor_conv_1x1"),
    NOR_CONV_3X3("nor_conv_3x3"),
    AVG_POOL_3X3("avg_pool_3x3");

    private static final Nb201Op[] VALUES = values();
    private final String token;

    Nb201Op(String token) {
        this.token = token;
    }

    /** The name used in NB201 arch strings, e.g. {@code nor_conv_3x3}. */
    public String token() {
        return token;
    }

    /** Ops that transform their input (everything but none and skip_connect). */
    public boolean isTransform() {
        return this != NONE && this != SKIP_CONNECT;
    }

    public static Nb201Op ofOrdinal(int i) {
        return VALUES[i];
    }

    /** The op with this arch-string token; unknown tokens get a message listing the valid ones. */
    public static Nb201Op ofToken(String token) {
        for (Nb201Op op : VALUES) {
            if (op.token.equals(token)) {
                return op;
            }
        }
        throw new IllegalArgumentException("unknown NB201 op '" + token + "' (valid: " + validTokens() + ")");
    }

    public static String validTokens() {
        return Arrays.stream(VALUES).map(Nb201Op::token).collect(Collectors.joining(", "));
    }
}
