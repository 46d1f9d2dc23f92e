package org.hwnas.search.measure.cost;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hwnas.arch.AcceleratorCandidate;
import org.hwnas.arch.NetworkCandidate;
import org.hwnas.arch.accel.FpgaTileDesign;
import org.hwnas.cost.api.CostException;
import org.hwnas.cost.api.CostReport;
import org.hwnas.cost.spi.CostModel;
import org.hwnas.model.accel.Accelerator;
import org.hwnas.model.mapping.LevelMapping;
import org.hwnas.model.mapping.Loop;
import org.hwnas.model.mapping.Mapping;
import org.hwnas.model.network.LayerInfo;
import org.hwnas.model.workload.Dim;
import org.hwnas.model.workload.LoopBounds;
import org.hwnas.search.measure.Networks;

/**
 * A whole network on one accelerator: the sum over its compute layers (conv, linear) of a cost model's
 * cycles and energy, layers run one after another. Kept for the last few (network, design) pairs, since
 * a trial asks for energy, cycles and EDP of the same pair.
 *
 * @param cycles   total cycles
 * @param energyPj total energy
 * @param clockMhz the design's clock
 */
record NetworkCost(long cycles, double energyPj, double clockMhz) {
    private static final int KEEP = 32;
    private static final Map<List<Object>, NetworkCost> RECENT = new LinkedHashMap<>(KEEP, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<List<Object>, NetworkCost> e) {
            return size() > KEEP;
        }
    };

    /** Energy x delay in J x cycles, as {@code CostReport.edp()} for one layer. */
    double edp() {
        return energyPj * 1e-12 * cycles;
    }

    double latencyMs() {
        return cycles / (clockMhz * 1e3);
    }

    static NetworkCost of(NetworkCandidate net, AcceleratorCandidate hw, CostModel model) throws CostException {
        return of(net, hw, model, null);
    }

    /** With per-layer best mappings from {@code mapper} (null: the greedy heuristic). */
    static NetworkCost of(NetworkCandidate net, AcceleratorCandidate hw, CostModel model, MapperMapping mapper) throws CostException {
        List<Object> key = mapper == null ? List.of(net, hw, model.id()) : List.of(net, hw, model.id(), mapper.key());
        synchronized (RECENT) {
            NetworkCost c = RECENT.get(key);
            if (c != null) {
                return c;
            }
        }
        NetworkCost c = mapper == null ? compute(net, hw, model) : mapper.cost(Networks.analysis(net).computeLayers(), hw.accelerator());
        synchronized (RECENT) {
            RECENT.put(key, c);
        }
        return c;
    }

    private static NetworkCost compute(NetworkCandidate net, AcceleratorCandidate hw, CostModel model) throws CostException {
        Accelerator a = hw.accelerator();
        GreedyMapping greedy = model.needsMapping() ? new GreedyMapping(a) : null;
        long cycles = 0;
        double energy = 0;
        for (LayerInfo l : Networks.analysis(net).computeLayers()) {
            LoopBounds b = l.loopBounds().orElseThrow();
            CostReport r;
            try {
                r = model.evaluate(a, b, mapping(greedy, hw, b));
            } catch (CostException e) {
                throw new CostException("layer " + l.name() + ": " + e.getMessage());
            }
            cycles += r.cycles();
            energy += r.energyPj();
        }
        return new NetworkCost(cycles, energy, a.clockMhz());
    }

    /** The greedy mapping for loop-nest models, the design's own tile for an FPGA tile design, else none. */
    private static Mapping mapping(GreedyMapping greedy, AcceleratorCandidate hw, LoopBounds b) throws CostException {
        if (greedy != null) {
            return greedy.map(b);
        }
        if (hw instanceof FpgaTileDesign d) {
            // the fpga-tile model reads the tile as the extents below the outermost level
            boolean dw = b.g() > 1 && b.k() == 1 && b.c() == 1;
            List<Loop> tile = dw ? List.of(Loop.of(Dim.G, d.tm()), Loop.of(Dim.Q, d.tr()), Loop.of(Dim.P, d.tc()))
                    : List.of(Loop.of(Dim.K, d.tm()), Loop.of(Dim.C, d.tn()), Loop.of(Dim.Q, d.tr()), Loop.of(Dim.P, d.tc()));
            return new Mapping("", b, List.of(LevelMapping.of("DDR"), new LevelMapping("BRAM", tile, null)), Map.of());
        }
        return null;
    }
}
