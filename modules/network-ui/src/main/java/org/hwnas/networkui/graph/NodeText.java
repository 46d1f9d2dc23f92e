package org.hwnas.networkui.graph;

import java.util.Locale;
import java.util.Optional;
import org.hwnas.model.network.Layer;
import org.hwnas.model.network.LayerInfo;
import org.hwnas.model.network.LayerKind;

/** What a node shows, shared by the scene and the SVG writer so both say the same. */
public final class NodeText {
    private NodeText() {
    }

    /** {@code conv2d 3x3 /2}, {@code linear}, {@code add}: the kind and its window at a glance. */
    public static String kindLine(Layer l) {
        StringBuilder b = new StringBuilder(l.kind().key());
        if (l.kind() == LayerKind.CONV2D || l.kind().isPool()) {
            b.append(' ').append(l.kernel().h()).append('x').append(l.kernel().w());
            if (!l.stride().equals(org.hwnas.model.network.Size2.ONE)) {
                b.append(" /").append(l.stride());
            }
            if (l.kind() == LayerKind.CONV2D && l.groups() > 1) {
                b.append(" g").append(l.groups());
            }
        }
        return b.toString();
    }

    /** {@code 1x64x56x56 · 118.0 M MACs}, or the reason the shape is unknown. */
    public static String shapeLine(Optional<LayerInfo> info) {
        if (info.isEmpty()) {
            return "shape ?";
        }
        LayerInfo i = info.get();
        return i.output() + (i.macs() > 0 ? "  " + macs(i.macs()) + " MACs" : "");
    }

    /** 4.09 G, 118.0 M, 5.0 k, 12. */
    public static String macs(long v) {
        if (v >= 1_000_000_000L) {
            return String.format(Locale.ROOT, "%.2f G", v / 1e9);
        }
        if (v >= 1_000_000L) {
            return String.format(Locale.ROOT, "%.1f M", v / 1e6);
        }
        if (v >= 1_000L) {
            return String.format(Locale.ROOT, "%.1f k", v / 1e3);
        }
        return Long.toString(v);
    }
}
