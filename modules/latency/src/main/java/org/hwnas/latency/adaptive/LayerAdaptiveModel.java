package org.hwnas.latency.adaptive;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.concurrent.ConcurrentHashMap;
import org.hwnas.arch.nb201.Nb201Cell;
import org.hwnas.model.network.zoo.Nb201Op;
import org.hwnas.latency.measured.ProfileOptions;
import org.hwnas.latency.spi.LatencyModel;
import org.hwnas.latency.spi.Nb201LatencyModel;
import org.openide.util.lookup.ServiceProvider;

/**
 * {@code layer-adaptive}: latency of any NB201 cell on this machine from 25 measured networks, with the
 * single-substitution correction of Zeng et al. ({@link LayerAdaptiveTable}). The table is profiled once
 * per device on first use (one per-layer profile, then the 25 networks timed in interleaved rounds,
 * {@value #RUNS} runs each: about 15 s on the 2-core reference machine), after which every estimate is a
 * sum of seven numbers.
 */
@ServiceProvider(service = LatencyModel.class)
public final class LayerAdaptiveModel extends Nb201LatencyModel {
    public static final String ID = "layer-adaptive";
    static final int RUNS = 50;
    private static final List<String> DEVICES = List.of("cpu", "gpu");

    private final Nb201Op typical;
    private final ProfileOptions options;
    private final Map<String, LayerAdaptiveTable> tables = new ConcurrentHashMap<>();

    /** Typical op {@code nor_conv_3x3}, {@value #RUNS} runs after 10 warm-up runs, 1 thread. */
    public LayerAdaptiveModel() {
        this(Nb201Op.NOR_CONV_3X3, ProfileOptions.defaults().withRuns(RUNS));
    }

    public LayerAdaptiveModel(Nb201Op typical, ProfileOptions options) {
        super(ID);
        this.typical = typical;
        this.options = options;
    }

    @Override
    public String description() {
        return "Layer-adaptive LUT from 25 measured single-substitution networks (Zeng et al. ASP-DAC'20), this machine";
    }

    @Override
    public List<String> devices() {
        return DEVICES;
    }

    @Override
    protected OptionalDouble latencyMs(Nb201Cell cell, String device) {
        return OptionalDouble.of(table(device).estimateMs(cell));
    }

    /** The table for a device, profiled on first use. */
    public LayerAdaptiveTable table(String device) {
        requireDevice(device);
        return tables.computeIfAbsent(device, d -> LayerAdaptiveProfiler.build(typical, options.withDevice(d)));
    }
}
