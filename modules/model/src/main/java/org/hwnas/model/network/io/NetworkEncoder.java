package org.hwnas.model.network.io;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Set;
import org.hwnas.model.doc.DocumentKind;
import org.hwnas.model.doc.DocumentWriter;
import org.hwnas.model.network.Layer;
import org.hwnas.model.network.LayerKind;
import org.hwnas.model.network.LayerParam;
import org.hwnas.model.network.Network;
import org.hwnas.model.network.Size2;
import org.hwnas.model.network.TensorShape;

/**
 * Writes a network in the one stable form: {@code format}, {@code name}, {@code input}, {@code layers};
 * layer fields in a fixed order; defaults left out (a sequential input, stride 1 or the pool's kernel,
 * padding 0, dilation 1, groups 1, bias true) so documents stay short and diff well.
 */
final class NetworkEncoder {
    private NetworkEncoder() {
    }

    static ObjectNode encode(Network network) {
        return encode(network.name(), network.inputName(), network.inputShape(), network.layers());
    }

    /** The same form for layers that need not make a valid network (shapes are not inferred here). */
    static ObjectNode encode(String name, String inputName, TensorShape inputShape, List<Layer> layerList) {
        ObjectNode root = DocumentWriter.newDocument(DocumentKind.NETWORK);
        root.put("name", name);
        ObjectNode input = root.putObject("input");
        input.put("name", inputName);
        ArrayNode shape = input.putArray("shape");
        for (int d : inputShape.toArray()) {
            shape.add(d);
        }
        ArrayNode layers = root.putArray("layers");
        String previous = inputName;
        for (Layer layer : layerList) {
            layers.add(layer(layer, previous));
            previous = layer.name();
        }
        return root;
    }

    private static ObjectNode layer(Layer l, String previous) {
        ObjectNode o = DocumentWriter.object();
        o.put("name", l.name());
        o.put("kind", l.kind().key());
        if (!l.inputs().equals(List.of(previous))) {
            ArrayNode inputs = o.putArray("inputs");
            l.inputs().forEach(inputs::add);
        }
        Set<LayerParam> params = LayerParam.of(l.kind());
        if (params.contains(LayerParam.OUT_CHANNELS)) {
            o.put("out_channels", l.outChannels());
        }
        if (params.contains(LayerParam.OUT_FEATURES)) {
            o.put("out_features", l.outFeatures());
        }
        if (params.contains(LayerParam.KERNEL)) {
            putSize(o, "kernel", l.kernel());
        }
        Size2 defaultStride = l.kind().isPool() ? l.kernel() : Size2.ONE;
        if (params.contains(LayerParam.STRIDE) && !l.stride().equals(defaultStride)) {
            putSize(o, "stride", l.stride());
        }
        if (params.contains(LayerParam.PADDING) && !l.padding().equals(Size2.ZERO)) {
            putSize(o, "padding", l.padding());
        }
        if (params.contains(LayerParam.DILATION) && !l.dilation().equals(Size2.ONE)) {
            putSize(o, "dilation", l.dilation());
        }
        if (l.kind() == LayerKind.CONV2D && l.groups() != 1) {
            o.put("groups", l.groups());
        }
        if (params.contains(LayerParam.BIAS) && !l.bias()) {
            o.put("bias", false);
        }
        return o;
    }

    private static void putSize(ObjectNode o, String field, Size2 s) {
        if (s.isSquare()) {
            o.put(field, s.h());
        } else {
            o.putArray(field).add(s.h()).add(s.w());
        }
    }
}
