package org.hwnas.model.network;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * The optional parameters a layer may carry; which ones apply depends on the {@link LayerKind}. The
 * {@link #key()} is the field name in network documents, so the codec and the model agree on one table.
 */
public enum LayerParam {
    OUT_CHANNELS, OUT_FEATURES, KERNEL, STRIDE, PADDING, DILATION, GROUPS, BIAS;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The parameters a layer of this kind accepts. */
    public static Set<LayerParam> of(LayerKind kind) {
        return switch (kind) {
            case CONV2D -> EnumSet.of(OUT_CHANNELS, KERNEL, STRIDE, PADDING, DILATION, GROUPS, BIAS);
            case LINEAR -> EnumSet.of(OUT_FEATURES, BIAS);
            case MAX_POOL, AVG_POOL -> EnumSet.of(KERNEL, STRIDE, PADDING);
            case ZERO -> EnumSet.of(STRIDE);
            default -> EnumSet.noneOf(LayerParam.class);
        };
    }

    /** The parameters this kind cannot do without. */
    public static Set<LayerParam> required(LayerKind kind) {
        return switch (kind) {
            case CONV2D -> EnumSet.of(OUT_CHANNELS, KERNEL);
            case LINEAR -> EnumSet.of(OUT_FEATURES);
            case MAX_POOL, AVG_POOL -> EnumSet.of(KERNEL);
            default -> EnumSet.noneOf(LayerParam.class);
        };
    }
}
