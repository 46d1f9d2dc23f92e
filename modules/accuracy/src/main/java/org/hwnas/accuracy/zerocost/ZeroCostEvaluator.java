package org.hwnas.accuracy.zerocost;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import ai.djl.training.loss.Loss;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hwnas.djl.DjlNetwork;
import org.hwnas.djl.DjlRuntime;
import org.hwnas.djl.NetworkBlock;
import org.hwnas.djl.data.InputFormat;
import org.hwnas.djl.data.MnistDigits;
import org.hwnas.model.network.Layer;
import org.hwnas.model.network.LayerKind;
import org.hwnas.model.network.Network;
import org.hwnas.model.network.NetworkAnalysis;
import org.hwnas.model.network.TensorShape;

/**
 * Computes zero-cost proxies of a network at initialisation. The network is built with DJL from the
 * weight seed; the data-dependent proxies (grad-norm, SNIP, NASWOT) share one forward and backward pass
 * over a mini-batch of real MNIST digits (picked by the seed), centred in the network's input frame (up to
 * 32x32; a larger input gets the 32x32 frame upscaled, nearest neighbour) and copied to each input channel, with batch norm in training mode (batch statistics), as in the
 * reference implementations. Synflow runs on its own copy of the network (see {@link Synflow}).
 */
public final class ZeroCostEvaluator {
    static final int DIGIT_CLASSES = 10;
    /** Digits are centred in a 32x32 frame (NAS-Bench-201's input); larger inputs get that frame upscaled. */
    static final int FRAME = 32;

    private ZeroCostEvaluator() {
    }

    /**
     * @throws IllegalArgumentException when the network cannot take the digits (input smaller than
     *         28x28 or not square, fewer than 10 outputs) or has no ReLU for NASWOT
     */
    public static Map<Proxy, Double> evaluate(Network network, Set<Proxy> proxies, ZeroCostOptions options) {
        Map<Proxy, Double> out = new EnumMap<>(Proxy.class);
        DjlRuntime.useThreads(DjlRuntime.start().threads()); // mini-batches use every core (the profiler may have set 1)
        NetworkAnalysis analysis = NetworkAnalysis.of(network);
        if (proxies.contains(Proxy.PARAMS)) {
            out.put(Proxy.PARAMS, (double) analysis.totalParams());
        }
        if (proxies.contains(Proxy.FLOPS)) {
            out.put(Proxy.FLOPS, (double) analysis.totalMacs());
        }
        if (proxies.contains(Proxy.SYNFLOW)) {
            try (DjlNetwork net = DjlNetwork.build(Synflow.uncapped(network), NetworkBlock.Options.seeded(options.seed()).withoutBatchNorm(), DataType.FLOAT64)) {
                out.put(Proxy.SYNFLOW, Synflow.score(net));
            }
        }
        if (proxies.stream().anyMatch(Proxy::needsMiniBatch)) {
            out.putAll(miniBatchProxies(network, options));
        }
        out.keySet().retainAll(proxies);
        return out;
    }

    private static Map<Proxy, Double> miniBatchProxies(Network network, ZeroCostOptions options) {
        InputFormat format = inputFormat(network);
        MnistDigits digits = MnistDigits.shipped();
        int[] picked = Arrays.copyOf(MnistDigits.shuffled(digits.size(), options.seed()), options.batch());
        try (DjlNetwork net = DjlNetwork.build(network, NetworkBlock.Options.seeded(options.seed()));
             NDManager batch = net.newBatchManager()) {
            NDArray images = format.size() <= FRAME
                    ? digits.images(batch, picked, format)
                    : upscale(batch, digits.images(batch, picked, new InputFormat(format.channels(), FRAME)), format.size());
            return miniBatchScores(net, images, digits.labels(batch, picked));
        }
    }

    /**
     * Nearest-neighbour upscaling of a {@code N x C x 32 x 32} batch to {@code size x size}: networks with a
     * larger input (MobileNetV2 at 160 or 224) see the digit framed as NAS-Bench-201's network sees it,
     * filling the same share of the frame, instead of a 28x28 digit lost in a black field.
     */
    static NDArray upscale(NDManager manager, NDArray x, int size) {
        long[] d = x.getShape().getShape();
        int n = (int) d[0];
        int c = (int) d[1];
        int s = (int) d[2];
        float[] in = x.toFloatArray();
        float[] out = new float[n * c * size * size];
        int[] src = new int[size];
        for (int i = 0; i < size; i++) {
            src[i] = (int) ((long) i * s / size);
        }
        for (int p = 0; p < n * c; p++) {
            for (int i = 0; i < size; i++) {
                int row = p * s * s + src[i] * s;
                int dst = (p * size + i) * size;
                for (int j = 0; j < size; j++) {
                    out[dst + j] = in[row + src[j]];
                }
            }
        }
        return manager.create(out, new Shape(n, c, size, size));
    }

    /**
     * One forward pass in training mode and one backward pass of the softmax cross-entropy loss:
     * grad-norm and SNIP from the weight gradients, NASWOT from the ReLU inputs.
     */
    static Map<Proxy, Double> miniBatchScores(DjlNetwork net, NDArray x, NDArray labels) {
        Network network = net.network();
        Map<Proxy, Double> out = new EnumMap<>(Proxy.class);
        synchronized (DjlRuntime.gradientLock()) {
            try (GradientCollector gc = Engine.getInstance().newGradientCollector()) {
                Map<String, NDArray> tensors = net.forwardAll(x, true);
                NDArray logits = tensors.get(network.outputName()).reshape(x.getShape().get(0), -1);
                gc.backward(Loss.softmaxCrossEntropyLoss().evaluate(new NDList(labels), new NDList(logits)));
                out.put(Proxy.NASWOT, Naswot.logDet(Naswot.kernel(reluInputs(network, tensors))));
            }
        }
        out.put(Proxy.GRAD_NORM, Saliency.gradNorm(net.weights().values()));
        out.put(Proxy.SNIP, Saliency.snip(net.weights().values()));
        return out;
    }

    /**
     * The tensors every ReLU (or ReLU6: MobileNetV2's) reads; a tensor read by several counts once per
     * ReLU, as with hooks. A ReLU6 unit's code is also "input > 0", the side of the kink that matters.
     */
    private static List<NDArray> reluInputs(Network network, Map<String, NDArray> tensors) {
        List<NDArray> in = new ArrayList<>();
        for (Layer l : network.layers()) {
            if (l.kind() == LayerKind.RELU || l.kind() == LayerKind.RELU6) {
                in.add(tensors.get(l.inputs().get(0)));
            }
        }
        return in;
    }

    private static InputFormat inputFormat(Network network) {
        TensorShape in = network.inputShape();
        if (in.h() != in.w() || in.h() < 28) {
            throw new IllegalArgumentException("zero-cost proxies feed 28x28 digits: network '" + network.name()
                    + "' takes " + in.h() + "x" + in.w() + " input (needs square, at least 28x28)");
        }
        if (network.outputShape().featuresPerSample() < DIGIT_CLASSES) {
            throw new IllegalArgumentException("zero-cost proxies use a 10-class loss: network '" + network.name()
                    + "' has only " + network.outputShape().featuresPerSample() + " outputs");
        }
        return new InputFormat(in.c(), in.h());
    }
}
