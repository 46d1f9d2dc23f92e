package org.hwnas.djl;

import ai.djl.engine.EngineException;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.nn.core.Linear;
import ai.djl.nn.norm.BatchNorm;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hwnas.model.network.Layer;
import org.hwnas.model.network.LayerInfo;
import org.hwnas.model.network.LayerKind;
import org.hwnas.model.network.Network;
import org.hwnas.model.network.ShapeInference;
import org.hwnas.model.network.TensorShape;

/**
 * A {@link Network} as a DJL block: conv2d, linear and batch-norm layers become DJL child blocks, the
 * other layers DJL ops ({@link LayerOps}); the forward pass walks the DAG in layer order, keeping every
 * tensor by name. The batch size is free; channels and spatial size must match the network's input.
 * <p>Weights are initialised by {@link SeededInit} (PyTorch's default distribution, seeded), batch norm
 * with scale 1, shift 0, running mean 0 and variance 1.
 */
public final class NetworkBlock extends AbstractBlock {

    /**
     * @param seed      seeds the weights (same seed, same weights)
     * @param batchNorm false turns every batch-norm layer into an identity (synflow works without it)
     */
    public record Options(long seed, boolean batchNorm) {
        public static Options seeded(long seed) {
            return new Options(seed, true);
        }

        public Options withoutBatchNorm() {
            return new Options(seed, false);
        }
    }

    private final Network network;
    private final Options options;
    /** Per layer index, the DJL block holding its parameters, or null for parameter-free layers. */
    private final Block[] blocks;

    public NetworkBlock(Network network, Options options) {
        this.network = network;
        this.options = options;
        List<Layer> layers = network.layers();
        this.blocks = new Block[layers.size()];
        for (int i = 0; i < layers.size(); i++) {
            Block b = childFor(layers.get(i));
            if (b != null) {
                blocks[i] = addChildBlock(layers.get(i).name(), b);
            }
        }
    }

    private Block childFor(Layer l) {
        return switch (l.kind()) {
            case CONV2D -> Conv2d.builder()
                    .setFilters(l.outChannels())
                    .setKernelShape(LayerOps.shape(l.kernel()))
                    .optStride(LayerOps.shape(l.stride()))
                    .optPadding(LayerOps.shape(l.padding()))
                    .optDilation(LayerOps.shape(l.dilation()))
                    .optGroups(l.groups())
                    .optBias(l.bias())
                    .build();
            case LINEAR -> Linear.builder().setUnits(l.outFeatures()).optBias(l.bias()).build();
            // PyTorch's defaults: eps 1e-5, running average keeps 0.9 of the old value
            case BATCH_NORM -> options.batchNorm() ? BatchNorm.builder().optEpsilon(1e-5f).optMomentum(0.9f).build() : null;
            default -> null;
        };
    }

    public Network network() {
        return network;
    }

    public Options options() {
        return options;
    }

    /** The DJL block of layer {@code index} (conv2d, linear, batch norm), or null for a parameter-free layer. */
    public Block layerBlock(int index) {
        return blocks[index];
    }

    @Override
    protected NDList forwardInternal(ParameterStore ps, NDList inputs, boolean training, PairList<String, Object> params) {
        return new NDList(forwardAll(ps, inputs.singletonOrThrow(), training).get(network.outputName()));
    }

    /** Runs the network and returns every tensor by name, the input first, in layer order. */
    public Map<String, NDArray> forwardAll(ParameterStore ps, NDArray input, boolean training) {
        checkInput(input.getShape());
        Map<String, NDArray> tensors = new LinkedHashMap<>();
        tensors.put(network.inputName(), input);
        List<Layer> layers = network.layers();
        for (int i = 0; i < layers.size(); i++) {
            Layer l = layers.get(i);
            NDList in = new NDList(l.inputs().size());
            for (String name : l.inputs()) {
                in.add(tensors.get(name));
            }
            tensors.put(l.name(), forwardLayer(ps, i, in, training));
        }
        return tensors;
    }

    /** Runs layer {@code index} alone on the given inputs (for per-layer timing and inspection). */
    public NDArray forwardLayer(ParameterStore ps, int index, NDList inputs, boolean training) {
        Layer l = network.layers().get(index);
        try {
            Block b = blocks[index];
            if (b == null) {
                return l.kind() == LayerKind.BATCH_NORM ? inputs.get(0) : LayerOps.apply(l, inputs);
            }
            if (l.kind() == LayerKind.LINEAR) {
                NDArray x = inputs.get(0);
                long n = x.getShape().get(0);
                NDArray y = b.forward(ps, new NDList(x.reshape(n, -1)), training).singletonOrThrow();
                return y.reshape(n, -1, 1, 1);
            }
            return b.forward(ps, inputs, training).singletonOrThrow();
        } catch (EngineException | IllegalArgumentException | IllegalStateException e) {
            throw new IllegalStateException("layer '" + l.name() + "' (" + l.kind().key() + ") failed in DJL: "
                    + firstLine(e.getMessage()), e);
        }
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        return new Shape[] {DjlShapes.of(shapesFor(inputShapes[0]).get(network.outputName()))};
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        Map<String, TensorShape> shapes = shapesFor(inputShapes[0]);
        List<Layer> layers = network.layers();
        for (int i = 0; i < layers.size(); i++) {
            Block b = blocks[i];
            if (b == null) {
                continue;
            }
            Layer l = layers.get(i);
            TensorShape in = shapes.get(l.inputs().get(0));
            Shape djlIn = l.kind() == LayerKind.LINEAR
                    ? new Shape(in.n(), in.featuresPerSample()) : DjlShapes.of(in);
            long fanIn = l.kind() == LayerKind.CONV2D
                    ? (long) in.c() / l.groups() * l.kernel().h() * l.kernel().w() : in.featuresPerSample();
            b.setInitializer(new SeededInit(options.seed(), l.name(), "weight", fanIn), Parameter.Type.WEIGHT);
            b.setInitializer(new SeededInit(options.seed(), l.name(), "bias", fanIn), Parameter.Type.BIAS);
            b.initialize(manager, dataType, djlIn);
        }
    }

    /** Every tensor's shape for this batch; refuses inputs whose C, H or W differ from the network's. */
    private Map<String, TensorShape> shapesFor(Shape input) {
        checkInput(input);
        TensorShape want = network.inputShape();
        TensorShape batch = TensorShape.of(Math.toIntExact(input.get(0)), want.c(), want.h(), want.w());
        ShapeInference.Result r = ShapeInference.infer(network.inputName(), batch, network.layers());
        Map<String, TensorShape> shapes = new HashMap<>();
        shapes.put(network.inputName(), batch);
        for (LayerInfo info : r.infos()) {
            shapes.put(info.name(), info.output());
        }
        return shapes;
    }

    private void checkInput(Shape input) {
        TensorShape want = network.inputShape();
        if (input.dimension() != 4 || input.get(1) != want.c() || input.get(2) != want.h() || input.get(3) != want.w()) {
            throw new IllegalArgumentException("network '" + network.name() + "' takes N x " + want.c() + " x "
                    + want.h() + " x " + want.w() + " input, got " + input);
        }
    }

    private static String firstLine(String s) {
        return s == null ? "" : s.lines().findFirst().orElse("");
    }
}
