package org.hwnas.model.network.zoo;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The five candidate operations on a NAS-Bench-201 cell edge, named as in the benchmark's arch strings. */
public enum Nb201Op {
    NONE, SKIP_CONNECT, NOR_CONV_1X1, NOR_CONV_3X3, AVG_POOL_3X3;

    /** The arch-string spelling, e.g. {@code nor_conv_3x3}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Nb201Op> fromKey(String key) {
        return Arrays.stream(values()).filter(o -> o.key().equals(key)).findFirst();
    }

    public static String validKeys() {
        return Arrays.stream(values()).map(Nb201Op::key).collect(Collectors.joining(", "));
    }
}
