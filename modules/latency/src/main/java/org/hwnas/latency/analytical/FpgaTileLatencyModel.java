package org.hwnas.latency.analytical;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.hwnas.arch.nb201.Nb201Cell;
import org.hwnas.cost.api.CostException;
import org.hwnas.cost.fpga.FpgaTileAnalysis;
import org.hwnas.cost.fpga.FpgaTileModel;
import org.hwnas.latency.network.NetworkLatencyModel;
import org.hwnas.latency.spi.LatencyModel;
import org.hwnas.latency.spi.Nb201LatencyModel;
import org.hwnas.model.accel.Accelerator;
import org.hwnas.model.accel.AcceleratorKind;
import org.hwnas.model.network.Network;
import org.hwnas.model.network.zoo.Nb201;
import org.openide.util.lookup.ServiceProvider;

/**
 * {@code fpga-tile}: the FNAS tile model (METHODS.md §4) per layer: for each conv/linear layer the
 * fastest tile that fits the design's DSPs and BRAM ({@link FpgaTileModel#search}), its double-buffered
 * load/compute/store pipeline, and the bottleneck phase; the network's latency is the sum at the clock.
 * A layer no tile fits is a clear error naming it.
 */
@ServiceProvider(service = LatencyModel.class)
public final class FpgaTileLatencyModel extends Nb201LatencyModel implements NetworkLatencyModel {
    public static final String ID = "fpga-tile";

    public FpgaTileLatencyModel() {
        super(ID);
    }

    @Override
    public String description() {
        return "FNAS FPGA tile model per conv/linear layer (best fitting tile, bottleneck phase), summed at the design's clock";
    }

    @Override
    public List<String> devices() {
        return AcceleratorDesigns.bundled().entrySet().stream().filter(e -> e.getValue().kind() == AcceleratorKind.FPGA)
                .map(java.util.Map.Entry::getKey).toList();
    }

    @Override
    protected OptionalDouble latencyMs(Nb201Cell cell, String device) {
        return latencyMs(Nb201.network(cell.text()), device);
    }

    @Override
    public OptionalDouble latencyMs(Network network, String device) {
        return OptionalDouble.of(estimate(network, device).ms());
    }

    /** Per layer: cycles, energy and the bottleneck phase. */
    public NetworkEstimate estimate(Network network, String device) {
        Accelerator a = AcceleratorDesigns.resolve(device, devices());
        if (a.kind() != AcceleratorKind.FPGA) {
            throw new IllegalArgumentException(ID + " needs an FPGA design (kind fpga); '" + a.name() + "' is "
                    + a.kind().name().toLowerCase(java.util.Locale.ROOT));
        }
        FpgaTileModel model = new FpgaTileModel();
        long cycles = 0;
        double energy = 0;
        List<NetworkEstimate.LayerEstimate> out = new ArrayList<>();
        for (LayerCosts.Compute l : LayerCosts.of(network)) {
            try {
                FpgaTileAnalysis t = FpgaTileModel.search(a, l.bounds());
                double e = model.evaluate(a, l.bounds(), null).energyPj();
                cycles += t.cycles();
                energy += e;
                out.add(new NetworkEstimate.LayerEstimate(l.name(), t.cycles(), e,
                        "tile " + t.tile() + ", bottleneck " + t.bottleneck().name().toLowerCase(java.util.Locale.ROOT)));
            } catch (CostException ex) {
                throw new IllegalArgumentException("layer " + l.name() + " on '" + a.name() + "': " + String.join("; ", ex.reasons()));
            }
        }
        return new NetworkEstimate(a.name(), FpgaTileModel.ID, cycles, energy, LayerCosts.ms(cycles, a.clockMhz()), out);
    }
}
