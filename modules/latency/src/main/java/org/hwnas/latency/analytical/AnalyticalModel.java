package org.hwnas.latency.analytical;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.concurrent.ConcurrentHashMap;
import org.hwnas.arch.nb201.Nb201Cell;
import org.hwnas.cost.api.CostException;
import org.hwnas.cost.api.CostModels;
import org.hwnas.cost.api.CostReport;
import org.hwnas.cost.spi.CostModel;
import org.hwnas.latency.network.NetworkLatencyModel;
import org.hwnas.latency.spi.LatencyModel;
import org.hwnas.latency.spi.Nb201LatencyModel;
import org.hwnas.mapper.MapperOptions;
import org.hwnas.mapper.MappingCache;
import org.hwnas.mapper.NetworkMapper;
import org.hwnas.model.accel.Accelerator;
import org.hwnas.model.accel.AcceleratorKind;
import org.hwnas.model.network.Network;
import org.hwnas.model.network.zoo.Nb201;
import org.openide.util.lookup.ServiceProvider;

/**
 * {@code analytical}: latency from the accelerator cost models, converted with the design's clock.
 * Designs the {@code loopnest} model supports get the best mapping per layer from the mapper (seeded,
 * CPU-time bounded, cached per layer shape); others use the first registered cost model that supports
 * them and picks its own mapping (systolic; fpga-tile, which also has its own latency model). Devices are
 * the bundled example designs, or a {@code *.hwacc.json} path.
 */
@ServiceProvider(service = LatencyModel.class)
public final class AnalyticalModel extends Nb201LatencyModel implements NetworkLatencyModel {
    public static final String ID = "analytical";
    private static final String LOOPNEST = "loopnest";

    private final MapperOptions options;
    private final MappingCache cache = new MappingCache();
    private final Map<String, NetworkEstimate> byCell = new ConcurrentHashMap<>();

    public AnalyticalModel() {
        this(MapperOptions.defaults());
    }

    public AnalyticalModel(MapperOptions options) {
        super(ID);
        this.options = options;
    }

    @Override
    public String description() {
        return "accelerator cost model (loopnest + mapper, systolic, fpga-tile) over the network's conv/linear layers, at the design's clock";
    }

    @Override
    public List<String> devices() {
        return List.copyOf(AcceleratorDesigns.bundled().keySet());
    }

    @Override
    protected OptionalDouble latencyMs(Nb201Cell cell, String device) {
        String key = device + "\n" + cell.code();
        NetworkEstimate e = byCell.get(key);
        if (e == null) {
            e = estimate(Nb201.network(cell.text()), device);
            byCell.put(key, e);
        }
        return OptionalDouble.of(e.ms());
    }

    @Override
    public OptionalDouble latencyMs(Network network, String device) {
        return OptionalDouble.of(estimate(network, device).ms());
    }

    /** Cycles, energy and ms of a network on a design, per layer too. */
    public NetworkEstimate estimate(Network network, String device) {
        Accelerator a = AcceleratorDesigns.resolve(device, devices());
        List<LayerCosts.Compute> layers = LayerCosts.of(network);
        try {
            return supportsLoopNest(a) ? mapped(a, layers) : unmapped(a, layers);
        } catch (CostException e) {
            throw new IllegalArgumentException("accelerator '" + a.name() + "': " + String.join("; ", e.reasons()));
        }
    }

    private NetworkEstimate mapped(Accelerator a, List<LayerCosts.Compute> layers) throws CostException {
        List<NetworkMapper.Layer> in = layers.stream().map(l -> new NetworkMapper.Layer(l.name(), l.bounds())).toList();
        NetworkMapper.Result r = new NetworkMapper(a, options, cache).map(in);
        List<NetworkEstimate.LayerEstimate> out = new ArrayList<>();
        for (int i = 0; i < in.size(); i++) {
            CostReport rep = r.results().get(i).report();
            out.add(new NetworkEstimate.LayerEstimate(in.get(i).name(), rep.cycles(), rep.energyPj(),
                    String.format(java.util.Locale.ROOT, "utilization %.2f", rep.utilization())));
        }
        return new NetworkEstimate(a.name(), LOOPNEST, r.cycles(), r.energyPj(), LayerCosts.ms(r.cycles(), a.clockMhz()), out);
    }

    private static NetworkEstimate unmapped(Accelerator a, List<LayerCosts.Compute> layers) throws CostException {
        CostModel model = CostModels.all().stream().filter(m -> !m.needsMapping() && m.supports(a)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no registered cost model evaluates accelerator '" + a.name() + "' (kind "
                        + a.kind().name().toLowerCase(java.util.Locale.ROOT) + ") without a mapping"));
        long cycles = 0;
        double energy = 0;
        List<NetworkEstimate.LayerEstimate> out = new ArrayList<>();
        for (LayerCosts.Compute l : layers) {
            CostReport rep = model.evaluate(a, l.bounds(), null);
            cycles += rep.cycles();
            energy += rep.energyPj();
            out.add(new NetworkEstimate.LayerEstimate(l.name(), rep.cycles(), rep.energyPj(), ""));
        }
        return new NetworkEstimate(a.name(), model.id(), cycles, energy, LayerCosts.ms(cycles, a.clockMhz()), out);
    }

    private static boolean supportsLoopNest(Accelerator a) {
        return a.kind() != AcceleratorKind.FPGA && CostModels.byId(LOOPNEST).map(m -> m.supports(a)).orElse(false);
    }
}
