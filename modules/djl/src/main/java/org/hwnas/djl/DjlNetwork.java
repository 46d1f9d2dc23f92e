package org.hwnas.djl;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;
import ai.djl.util.Pair;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hwnas.model.network.Layer;
import org.hwnas.model.network.Network;

/**
 * A network built and initialised in DJL, ready to run: its block, parameters and the manager that owns
 * them. Close it to free the native memory. Not thread-safe; build one per thread.
 * <pre>{@code
 * try (DjlNetwork net = DjlNetwork.build(network, NetworkBlock.Options.seeded(1));
 *      NDManager batch = net.newBatchManager()) {
 *     NDArray logits = net.forward(batch.ones(new Shape(8, 3, 32, 32)), false);
 * }
 * }</pre>
 */
public final class DjlNetwork implements AutoCloseable {
    private final NDManager manager;
    private final NetworkBlock block;
    private final ParameterStore store;

    private DjlNetwork(NDManager manager, NetworkBlock block) {
        this.manager = manager;
        this.block = block;
        this.store = new ParameterStore(manager, false);
    }

    /** Builds in 32-bit floats on {@link DjlRuntime#device()}. */
    public static DjlNetwork build(Network network, NetworkBlock.Options options) {
        return build(network, options, DataType.FLOAT32);
    }

    public static DjlNetwork build(Network network, NetworkBlock.Options options, DataType dataType) {
        return build(network, options, dataType, DjlRuntime.device());
    }

    /** Builds on a chosen device (e.g. the CPU on a machine that also has a GPU). */
    public static DjlNetwork build(Network network, NetworkBlock.Options options, DataType dataType, Device device) {
        DjlRuntime.start();
        NDManager manager = NDManager.newBaseManager(device);
        try {
            NetworkBlock block = new NetworkBlock(network, options);
            block.initialize(manager, dataType, DjlShapes.of(network.inputShape()));
            return new DjlNetwork(manager, block);
        } catch (RuntimeException e) {
            manager.close();
            throw e;
        }
    }

    public Network network() {
        return block.network();
    }

    public NetworkBlock block() {
        return block;
    }

    public Device device() {
        return manager.getDevice();
    }

    /** A manager for one batch's tensors: close it after the batch to free them. */
    public NDManager newBatchManager() {
        return manager.newSubManager();
    }

    public NDArray forward(NDArray input, boolean training) {
        return block.forward(store, new NDList(input), training).singletonOrThrow();
    }

    /** Every tensor of one forward pass by name (see {@link NetworkBlock#forwardAll}). */
    public Map<String, NDArray> forwardAll(NDArray input, boolean training) {
        return block.forwardAll(store, input, training);
    }

    public NDArray forwardLayer(int index, NDList inputs, boolean training) {
        return block.forwardLayer(store, index, inputs, training);
    }

    /** The learnable parameters and running statistics, by DJL path. */
    public List<Pair<String, Parameter>> parameters() {
        List<Pair<String, Parameter>> out = new ArrayList<>();
        block.getParameters().forEach(out::add);
        return out;
    }

    /** The weight tensors of the conv2d and linear layers (no biases), by layer name in network order. */
    public Map<String, NDArray> weights() {
        Map<String, NDArray> out = new LinkedHashMap<>();
        List<Layer> layers = network().layers();
        for (int i = 0; i < layers.size(); i++) {
            if (layers.get(i).kind().isCompute()) {
                out.put(layers.get(i).name(), block.layerBlock(i).getParameters().get("weight").getArray());
            }
        }
        return out;
    }

    @Override
    public void close() {
        manager.close();
    }
}
