package org.hwnas.latency.measured;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.concurrent.ConcurrentHashMap;
import org.hwnas.arch.nb201.Nb201Cell;
import org.hwnas.latency.spi.LatencyModel;
import org.hwnas.latency.spi.Nb201LatencyModel;
import org.hwnas.model.network.Network;
import org.hwnas.model.network.zoo.Nb201;
import org.openide.util.lookup.ServiceProvider;

/**
 * {@code measured}: real latency of the candidate on this machine. The NB201 cell becomes the benchmark's
 * CIFAR-10 network (batch 1, 3x32x32), which the {@link Profiler} runs with DJL and times end to end
 * (median of {@value ProfileOptions#DEFAULT_RUNS} runs after {@value ProfileOptions#DEFAULT_WARMUP}
 * warm-up runs). Each (cell, device) is measured once per JVM and then remembered, so a search sees one
 * stable value per candidate.
 */
@ServiceProvider(service = LatencyModel.class)
public final class MeasuredLatencyModel extends Nb201LatencyModel {
    public static final String ID = "measured";
    private static final List<String> DEVICES = List.of("cpu", "gpu");

    private final Map<String, Double> cache = new ConcurrentHashMap<>();

    public MeasuredLatencyModel() {
        super(ID);
    }

    @Override
    public String description() {
        return "Latency measured on this machine with DJL/PyTorch (batch 1, median of timed runs; cpu, or gpu where present)";
    }

    @Override
    public List<String> devices() {
        return DEVICES;
    }

    @Override
    protected OptionalDouble latencyMs(Nb201Cell cell, String device) {
        requireDevice(device);
        double ms = cache.computeIfAbsent(cell.text() + "@" + device, k -> Profiler.profile(network(cell),
                ProfileOptions.defaults().withPerLayer(false).withDevice(device)).endToEnd().medianMs());
        return OptionalDouble.of(ms);
    }

    /** The NB201 CIFAR-10 network (batch 1) of a cell. */
    public static Network network(Nb201Cell cell) {
        return Nb201.network(cell.text());
    }
}
