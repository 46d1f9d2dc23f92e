package org.hwnas.latency.lut;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hwnas.model.network.Layer;
import org.hwnas.model.network.LayerInfo;
import org.hwnas.model.network.LayerKind;
import org.hwnas.model.network.Network;
import org.hwnas.model.network.NetworkAnalysis;
import org.hwnas.model.network.Size2;
import org.hwnas.model.network.TensorShape;

/**
 * How a network splits into per-layer LUT entries. The operator spells the kind and every parameter
 * that changes the work, e.g. {@code conv2d_k3x3_s1x1_p1x1_g1}, {@code avg_pool_k3x3_s1x1_p1x1},
 * {@code linear}, {@code relu}; the shapes are the first input's and the output's {@code CxHxW}.
 */
public final class LayerLutKeys {
    private LayerLutKeys() {
    }

    /** One key per layer, in network order. */
    public static List<LutKey> of(Network network) {
        Map<String, TensorShape> shapes = new HashMap<>();
        shapes.put(network.inputName(), network.inputShape());
        List<LayerInfo> infos = NetworkAnalysis.of(network).layers();
        List<LutKey> keys = new ArrayList<>(infos.size());
        for (int i = 0; i < infos.size(); i++) {
            Layer layer = network.layers().get(i);
            LayerInfo info = infos.get(i);
            TensorShape in = shapes.get(layer.inputs().get(0));
            keys.add(new LutKey(operator(layer), shape(in), shape(info.output())));
            shapes.put(layer.name(), info.output());
        }
        return keys;
    }

    static String operator(Layer l) {
        LayerKind k = l.kind();
        StringBuilder b = new StringBuilder(k.key());
        if (k == LayerKind.CONV2D || k.isPool()) {
            b.append("_k").append(size(l.kernel())).append("_s").append(size(l.stride())).append("_p").append(size(l.padding()));
        }
        if (k == LayerKind.CONV2D) {
            if (!l.dilation().equals(Size2.ONE)) {
                b.append("_d").append(size(l.dilation()));
            }
            b.append("_g").append(l.groups());
        }
        if (k == LayerKind.ZERO && !l.stride().equals(Size2.ONE)) {
            b.append("_s").append(size(l.stride()));
        }
        if (l.bias()) {
            b.append("_bias");
        }
        if (k == LayerKind.ADD || k == LayerKind.CONCAT) {
            b.append(l.inputs().size());
        }
        return b.toString();
    }

    private static String size(Size2 s) {
        return s.h() + "x" + s.w();
    }

    static String shape(TensorShape s) {
        return s.c() + "x" + s.h() + "x" + s.w();
    }
}
