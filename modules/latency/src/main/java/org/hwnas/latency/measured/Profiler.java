package org.hwnas.latency.measured;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hwnas.djl.DjlNetwork;
import org.hwnas.djl.DjlRuntime;
import org.hwnas.djl.DjlShapes;
import org.hwnas.djl.NetworkBlock;
import org.hwnas.model.network.Layer;
import org.hwnas.model.network.LayerInfo;
import org.hwnas.model.network.Network;
import org.hwnas.model.network.NetworkAnalysis;

/**
 * Black-box latency profiling: the network is built with DJL (PyTorch engine, inference mode, batch
 * norm with running statistics), then
 * <ol>
 * <li>end to end: {@code warmup} untimed forward passes, then {@code runs} timed ones on a fresh input
 *     each;</li>
 * <li>per layer: one forward pass records every tensor; each layer is then run <em>alone</em> on its
 *     recorded inputs, {@code warmup} untimed and {@code runs} timed times.</li>
 * </ol>
 * Timing running alone (rather than prefix differences of the whole net) gives each layer its own
 * distribution and no negative times; the price is the per-call overhead, so the layer sum is a little
 * above the end-to-end figure (see {@link Profile#layerSumMs()}). On a GPU each timed run ends by
 * copying one output element to the host, which waits for the device.
 * <p>Profiles are serialised JVM-wide: two measurements running at once would disturb each other.
 */
public final class Profiler {
    private static final Object LOCK = new Object();

    private Profiler() {
    }

    /** Profiles the network on its own input shape (batch as in the network). */
    public static Profile profile(Network network, ProfileOptions options) {
        synchronized (LOCK) {
            long start = System.nanoTime();
            DjlRuntime.Info info = DjlRuntime.start();
            Device device = DjlRuntime.device(options.device());
            int previousThreads = DjlRuntime.useThreads(options.threads());
            try (DjlNetwork net = DjlNetwork.build(network, NetworkBlock.Options.seeded(0), DataType.FLOAT32, device);
                 NDManager inputs = net.newBatchManager()) {
                NDArray input = inputs.randomUniform(0, 1, DjlShapes.of(network.inputShape()));
                Timing whole = endToEnd(net, input, options);
                List<LayerTiming> layers = options.perLayer() ? perLayer(net, input, options) : List.of();
                return new Profile(network.name(), network.inputShape(), device.toString(),
                        info.engine() + " " + info.version() + ", " + options.threads() + " thread(s)",
                        whole, layers, (System.nanoTime() - start) / 1e9);
            } finally {
                DjlRuntime.useThreads(previousThreads);
            }
        }
    }

    /**
     * End-to-end timings of several networks measured in interleaved rounds: each round runs every
     * network once, in order. Slow drifts of the machine (frequency, other processes, allocator state)
     * then hit all networks alike, so their differences are much steadier than those of networks
     * profiled one after the other. All networks are built at once; keep the list to a few dozen.
     */
    public static List<Timing> interleaved(List<Network> networks, ProfileOptions options) {
        synchronized (LOCK) {
            DjlRuntime.start();
            Device device = DjlRuntime.device(options.device());
            int previousThreads = DjlRuntime.useThreads(options.threads());
            List<DjlNetwork> nets = new ArrayList<>();
            try (NDManager inputs = NDManager.newBaseManager(device)) {
                List<NDArray> xs = new ArrayList<>();
                for (Network n : networks) {
                    nets.add(DjlNetwork.build(n, NetworkBlock.Options.seeded(0), DataType.FLOAT32, device));
                    xs.add(inputs.randomUniform(0, 1, DjlShapes.of(n.inputShape())));
                }
                long[][] nanos = new long[nets.size()][options.runs()];
                for (int r = -options.warmup(); r < options.runs(); r++) {
                    for (int k = 0; k < nets.size(); k++) {
                        long t = timeOnce(nets.get(k), xs.get(k));
                        if (r >= 0) {
                            nanos[k][r] = t;
                        }
                    }
                }
                List<Timing> out = new ArrayList<>(nets.size());
                for (long[] n : nanos) {
                    out.add(Timing.ofNanos(n));
                }
                return out;
            } finally {
                nets.forEach(DjlNetwork::close);
                DjlRuntime.useThreads(previousThreads);
            }
        }
    }

    /** One timed forward pass on a fresh copy of the input (freed afterwards). */
    private static long timeOnce(DjlNetwork net, NDArray input) {
        try (NDManager run = net.newBatchManager()) {
            NDArray x = input.duplicate();
            x.attach(run);
            long t0 = System.nanoTime();
            sync(net.forward(x, false));
            return System.nanoTime() - t0;
        }
    }

    private static Timing endToEnd(DjlNetwork net, NDArray input, ProfileOptions o) {
        long[] nanos = new long[o.runs()];
        for (int i = -o.warmup(); i < o.runs(); i++) {
            long t = timeOnce(net, input);
            if (i >= 0) {
                nanos[i] = t;
            }
        }
        return Timing.ofNanos(nanos);
    }

    private static List<LayerTiming> perLayer(DjlNetwork net, NDArray input, ProfileOptions o) {
        List<Layer> layers = net.network().layers();
        List<LayerInfo> infos = NetworkAnalysis.of(net.network()).layers();
        List<LayerTiming> out = new ArrayList<>(layers.size());
        try (NDManager recorded = net.newBatchManager()) {
            NDArray x = input.duplicate();
            x.attach(recorded);
            Map<String, NDArray> tensors = net.forwardAll(x, false);
            for (int i = 0; i < layers.size(); i++) {
                Layer l = layers.get(i);
                long[] nanos = new long[o.runs()];
                // a manager per layer collects the runs' outputs and temporaries, freed after the layer
                try (NDManager scratch = net.newBatchManager()) {
                    NDList in = new NDList();
                    for (String name : l.inputs()) {
                        NDArray copy = tensors.get(name).duplicate();
                        copy.attach(scratch);
                        in.add(copy);
                    }
                    for (int r = -o.warmup(); r < o.runs(); r++) {
                        long t0 = System.nanoTime();
                        sync(net.forwardLayer(i, in, false));
                        long t = System.nanoTime() - t0;
                        if (r >= 0) {
                            nanos[r] = t;
                        }
                    }
                }
                out.add(new LayerTiming(l.name(), l.kind(), infos.get(i).macs(), Timing.ofNanos(nanos)));
            }
        }
        return out;
    }

    /** PyTorch runs CPU ops synchronously; on a GPU, reading one element back waits for the device. */
    private static void sync(NDArray out) {
        if (out.getDevice().isGpu()) {
            out.flatten().get(0).toDevice(Device.cpu(), false).toFloatArray();
        }
    }
}
