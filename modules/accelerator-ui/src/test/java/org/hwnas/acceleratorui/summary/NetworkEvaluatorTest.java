package org.hwnas.acceleratorui.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CancellationException;
import org.hwnas.acceleratorui.Examples;
import org.hwnas.cost.api.CostModels;
import org.hwnas.cost.api.CostReport;
import org.hwnas.cost.spi.CostModel;
import org.hwnas.mapper.LayerMapper;
import org.hwnas.mapper.MapperOptions;
import org.hwnas.mapper.MappingCache;
import org.hwnas.mapper.NetworkMapper;
import org.hwnas.model.accel.Accelerator;
import org.junit.jupiter.api.Test;

/** The per-layer table shows exactly what the cost model (and the mapper) say. */
class NetworkEvaluatorTest {
    /** Budget-bound, not time-bound, so the mapper's answer does not depend on machine load. */
    private static final MapperOptions OPTIONS = MapperOptions.defaults().withBudget(1_500, 60_000);

    @Test
    void loopnestRowsEqualTheMappersBestMappingPerLayer() throws Exception {
        Accelerator a = Examples.read("eyeriss-like");
        NetworkLayers net = NetworkLayers.read(Examples.network("alexnet"));
        assertEquals(8, net.layers().size(), "alexnet: 5 conv + 3 linear");
        CostModel loopnest = CostModels.byId("loopnest").orElseThrow();
        Evaluation ev = new NetworkEvaluator(new MappingCache(), OPTIONS).evaluate(a, net.layers(), loopnest, () -> false);
        LayerTableModel table = new LayerTableModel();
        table.setRows(ev.rows());
        assertEquals(8, table.getRowCount());
        long cycles = 0;
        double energy = 0;
        for (int i = 0; i < net.layers().size(); i++) {
            NetworkMapper.Layer l = net.layers().get(i);
            CostReport ref = LayerMapper.search(a, l.bounds(), l.name(), OPTIONS).report();
            assertEquals(l.name(), table.getValueAt(i, LayerTableModel.LAYER));
            assertEquals(ref.macs(), table.getValueAt(i, LayerTableModel.MACS));
            assertEquals(ref.cycles(), table.getValueAt(i, LayerTableModel.CYCLES));
            assertEquals(ref.utilization() * 100, (Double) table.getValueAt(i, LayerTableModel.UTILIZATION), 1e-9);
            assertEquals(ref.energyPj() * 1e-6, (Double) table.getValueAt(i, LayerTableModel.ENERGY_UJ), 1e-12);
            assertEquals(ref.cycles() / 200.0, (Double) table.getValueAt(i, LayerTableModel.LATENCY_US), 1e-9,
                    "cycles at 200 MHz in microseconds");
            assertEquals("", table.getValueAt(i, LayerTableModel.NOTE));
            cycles += ref.cycles();
            energy += ref.energyPj();
        }
        assertEquals(cycles, ev.cycles());
        assertEquals(energy, ev.energyPj(), energy * 1e-12);
        assertTrue(ev.mapped());
        assertTrue(ev.utilization() > 0 && ev.utilization() <= 1, "utilization " + ev.utilization());
    }

    @Test
    void modelsWithoutMappingsEvaluateDirectly() throws Exception {
        Accelerator tpu = Examples.read("tpu-like");
        CostModel systolic = CostModels.byId("systolic").orElseThrow();
        assertTrue(NetworkEvaluator.modelsFor(tpu).contains(systolic));
        NetworkLayers net = NetworkLayers.read(Examples.network("alexnet"));
        Evaluation ev = new NetworkEvaluator(new MappingCache(), OPTIONS).evaluate(tpu, net.layers(), systolic, () -> false);
        for (int i = 0; i < net.layers().size(); i++) {
            CostReport ref = systolic.evaluate(tpu, net.layers().get(i).bounds(), null);
            LayerRow row = ev.rows().get(i);
            assertNull(row.problem());
            assertEquals(ref.cycles(), row.cycles());
            assertEquals(ref.energyPj(), row.energyPj(), 0);
            assertEquals(ref.utilization(), row.utilization(), 0);
        }
    }

    @Test
    void defaultModelIsLoopnestForArraysAndTheTileModelForFpgas() {
        assertEquals("loopnest", NetworkEvaluator.defaultModel(Examples.read("eyeriss-like")).orElseThrow().id());
        assertEquals("fpga-tile", NetworkEvaluator.defaultModel(Examples.read("zc706-fpga")).orElseThrow().id());
    }

    @Test
    void aSupersededEvaluationStops() throws Exception {
        Accelerator a = Examples.read("eyeriss-like");
        NetworkLayers net = NetworkLayers.read(Examples.network("alexnet"));
        CostModel loopnest = CostModels.byId("loopnest").orElseThrow();
        MappingCache cache = new MappingCache();
        assertThrows(CancellationException.class,
                () -> new NetworkEvaluator(cache, OPTIONS).evaluate(a, net.layers(), loopnest, () -> true));
        assertEquals(0, cache.size(), "nothing was mapped after the cancel");
    }

    @Test
    void networkChoicesFindTheExamplesAboveTheDocument() {
        List<java.nio.file.Path> found = NetworkChoices.find(List.of(Examples.accelerator("eyeriss-like").getParent()));
        assertTrue(found.contains(Examples.network("alexnet").toAbsolutePath().normalize()), found.toString());
        assertEquals("alexnet", NetworkChoices.label(Examples.network("alexnet")));
    }
}
