package org.hwnas.model.network;

import java.util.List;
import java.util.Optional;
import org.hwnas.model.workload.LoopBounds;

/** Counts MACs, parameters and tensor sizes of one layer whose shapes are known. */
final class LayerCounts {
    private LayerCounts() {
    }

    /** @throws ArithmeticException if a count does not fit in a long */
    static LayerInfo count(Layer layer, List<TensorShape> inputs, TensorShape output) {
        long inElements = 0;
        for (TensorShape s : inputs) {
            inElements = Math.addExact(inElements, s.elements());
        }
        long outElements = output.elements();
        TensorShape in = inputs.get(0);
        Optional<LoopBounds> loops = loopBounds(layer, in, output);
        long macs = 0;
        long weights = 0;
        long params = 0;
        if (loops.isPresent()) {
            LoopBounds b = loops.get();
            // products in the order that overflows last: outputs x reduction size
            macs = Math.multiplyExact(outElements, Math.multiplyExact((long) b.c(), (long) b.r() * b.s()));
            weights = Math.multiplyExact((long) layer.outChannels(), Math.multiplyExact((long) b.c(), (long) b.r() * b.s()));
            params = Math.addExact(weights, layer.bias() ? layer.outChannels() : 0);
        } else if (layer.kind() == LayerKind.BATCH_NORM) {
            params = 2L * in.c();
        }
        return new LayerInfo(layer.name(), layer.kind(), output, macs, params, inElements, outElements, weights, loops);
    }

    /** The loop nest of a compute layer; {@code P} is the output width, {@code Q} the height. */
    static Optional<LoopBounds> loopBounds(Layer layer, TensorShape in, TensorShape out) {
        return switch (layer.kind()) {
            case CONV2D -> {
                int g = layer.groups();
                yield Optional.of(new LoopBounds(in.n(), g, layer.outChannels() / g, in.c() / g, out.w(), out.h(),
                        layer.kernel().w(), layer.kernel().h(), layer.stride().w(), layer.stride().h(),
                        layer.dilation().w(), layer.dilation().h()));
            }
            case LINEAR -> Optional.of(LoopBounds.linear(in.n(), layer.outChannels(), in.c()));
            default -> Optional.empty();
        };
    }
}
