package org.hwnas.accuracy.zerocost;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The training-free accuracy proxies; for each, a higher score predicts a more accurate network. */
public enum Proxy {
    /** Synaptic flow (Tanaka et al. 2020): sum of |w|·dR/d|w| with R the output sum on an all-ones input. */
    SYNFLOW("synflow"),
    /** Sum over layers of the L2 norm of the loss gradient of the weights (Abdelfattah et al. 2021). */
    GRAD_NORM("grad_norm"),
    /** Connection sensitivity (Lee et al. 2019): sum of |w·dL/dw|. */
    SNIP("snip"),
    /** NAS without training (Mellor et al. 2021): log-determinant of the binary ReLU activation-pattern kernel. */
    NASWOT("naswot"),
    /** Learnable parameters (baseline). */
    PARAMS("params"),
    /** Multiply-accumulates (baseline; NAS-Bench-201 calls them FLOPs). */
    FLOPS("flops");

    private final String key;

    Proxy(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    /** Needs a forward and backward pass over a labelled mini-batch. */
    boolean needsMiniBatch() {
        return this == GRAD_NORM || this == SNIP || this == NASWOT;
    }

    public static Optional<Proxy> fromKey(String key) {
        String k = key.trim().toLowerCase(Locale.ROOT).replace('-', '_');
        return Arrays.stream(values()).filter(p -> p.key.equals(k)).findFirst();
    }

    public static String validKeys() {
        return Arrays.stream(values()).map(Proxy::key).collect(Collectors.joining(", "));
    }
}
