package org.hwnas.accuracy.zerocost;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.nn.Parameter;
import ai.djl.training.GradientCollector;
import ai.djl.util.Pair;
import org.hwnas.djl.DjlNetwork;
import org.hwnas.djl.DjlRuntime;
import org.hwnas.djl.DjlShapes;
import java.util.List;
import org.hwnas.model.network.Layer;
import org.hwnas.model.network.LayerKind;
import org.hwnas.model.network.Network;
import org.hwnas.model.network.TensorShape;

/**
 * Synflow as Abdelfattah et al. compute it for NAS: every parameter replaced by its absolute value,
 * batch norm removed, 64-bit floats (the products over 17 cells overflow 32-bit), one all-ones input;
 * {@code R} is the sum of the outputs and the score {@code sum over conv/linear weights of w * dR/dw}.
 * Data-free, so the score depends only on the architecture and the weight seed.
 * <p>ReLU6 (MobileNetV2) becomes ReLU for synflow ({@link #uncapped}): with positive weights and an all-ones
 * input every activation is far above 6, so the cap would zero every gradient before the head and the
 * score would not see the network at all (measured: width 0.5 and 1.0 scored the same). Synflow's
 * conservation argument is for positively homogeneous activations, which ReLU is and ReLU6 is not.
 */
final class Synflow {
    private Synflow() {
    }

    /** The network with every ReLU6 replaced by a ReLU (same names and wiring); other networks unchanged. */
    static Network uncapped(Network network) {
        if (network.layers().stream().noneMatch(l -> l.kind() == LayerKind.RELU6)) {
            return network;
        }
        List<Layer> layers = network.layers().stream().map(l -> l.kind() != LayerKind.RELU6 ? l
                : new Layer(l.name(), LayerKind.RELU, l.inputs(), l.outChannels(), l.kernel(), l.stride(), l.padding(),
                        l.dilation(), l.groups(), l.bias())).toList();
        return new Network(network.name(), network.inputName(), network.inputShape(), layers);
    }

    /** @param net built in FLOAT64 without batch norm; its parameters are overwritten with their absolute values */
    static double score(DjlNetwork net) {
        for (Pair<String, Parameter> p : net.parameters()) {
            NDArray a = p.getValue().getArray();
            a.muli(a.sign()); // in place: grad mode is off outside a collector
        }
        synchronized (DjlRuntime.gradientLock()) {
            try (NDManager batch = net.newBatchManager();
                 GradientCollector gc = Engine.getInstance().newGradientCollector()) {
                TensorShape in = net.network().inputShape();
                NDArray ones = batch.ones(DjlShapes.of(TensorShape.of(1, in.c(), in.h(), in.w())), DataType.FLOAT64);
                gc.backward(net.forward(ones, false).sum());
                double score = 0;
                for (NDArray w : net.weights().values()) {
                    score += w.mul(w.getGradient()).sum().toType(DataType.FLOAT64, false).getDouble();
                }
                return score;
            }
        }
    }
}
