package org.hwnas.naas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.hwnas.mapper.MapperOptions;
import org.hwnas.model.accel.Accelerator;
import org.hwnas.model.workload.LoopBounds;
import org.junit.jupiter.api.Test;

class NaasSearchTest {
    /** Three layers: a 3x3 conv, a 1x1 conv and a classifier. */
    static Workload small() {
        return new Workload("small", List.of(
                new Workload.Shape("conv3x3", LoopBounds.conv(1, 64, 64, 28, 28, 3, 3, 1), 2),
                new Workload.Shape("conv1x1", LoopBounds.conv(1, 128, 64, 14, 14, 1, 1, 1), 1),
                new Workload.Shape("fc", LoopBounds.linear(1, 100, 512), 1)));
    }

    static MappingSearch mapper(int evals) {
        return new MapperMappingSearch(MapperOptions.defaults().withBudget(evals, 60_000));
    }

    @Test
    void coSearchBeatsEyerissWithinTheBudgetAndIsDeterministic() throws Exception {
        Accelerator base = EncodingTest.eyeriss();
        Workload w = small();
        NetworkCost eyeriss = NetworkCost.of(base, w, mapper(2000), null, 1);
        HardwareSpace space = HardwareSpace.around(base, HardwareSpace.Mode.FULL);
        int[] calls = {0};
        NaasSearch.Options o = new NaasSearch.Options(16, 0, 0.3, 3);
        NaasSearch.Result r = NaasSearch.run(space, w, mapper(2000), o, (i, d, edp, best) -> {
            calls[0]++;
            assertTrue(HardwareSpace.withinBudget(d.accelerator(), 168, space.onchipBytes()), d.summary());
        });
        assertEquals(16, calls[0]);
        assertEquals(16, r.proposals());
        assertTrue(HardwareSpace.withinBudget(r.best().accelerator(), 168, HardwareSpace.onchipBytes(base)));
        assertTrue(r.cost().edp() <= eyeriss.edp(), "NAAS " + r.cost().edp() + " vs Eyeriss " + eyeriss.edp());
        // the network total is the count-weighted sum of the per-shape results
        long cycles = 0;
        for (int i = 0; i < w.shapes().size(); i++) {
            cycles += r.cost().layers().get(i).cycles() * w.shapes().get(i).count();
        }
        assertEquals(cycles, r.cost().cycles());

        NaasSearch.Result again = NaasSearch.run(space, w, mapper(2000), o, null);
        assertEquals(r.best().accelerator(), again.best().accelerator(), "same seed, same design");
        assertEquals(r.cost().edp(), again.cost().edp());
    }

    @Test
    void cmaesInnerSearchFindsFittingMappingsAndImprovesOnItsStart() throws Exception {
        Accelerator base = EncodingTest.eyeriss();
        HardwareSpace space = HardwareSpace.around(base, HardwareSpace.Mode.FULL);
        Accelerator a = space.decode(space.baseVector()).accelerator();
        LoopBounds b = LoopBounds.conv(1, 64, 64, 28, 28, 3, 3, 1);
        LayerResult start = new CmaesMappingSearch(2, 0.3).search(a, b, "l", null, 1);
        LayerResult searched = new CmaesMappingSearch(1500, 0.3).search(a, b, "l", null, 1);
        assertTrue(searched.edp() < start.edp() / 2, searched.edp() + " vs start " + start.edp());
        LayerResult same = new CmaesMappingSearch(1500, 0.3).search(a, b, "l", null, 1);
        assertEquals(searched.mapping(), same.mapping(), "deterministic for a seed");
    }

    @Test
    void sizingOnlyKeepsTheBaseConnectivityAndDataflow() throws Exception {
        Accelerator base = EncodingTest.eyeriss();
        HardwareSpace space = HardwareSpace.around(base, HardwareSpace.Mode.SIZING_ONLY);
        NaasSearch.Result r = NaasSearch.run(space, small(), mapper(1000), new NaasSearch.Options(8, 0, 0.3, 1), null);
        Accelerator a = r.best().accelerator();
        assertEquals(base.dataflow(), a.dataflow());
        assertEquals(base.array().axes().get(1).parallelDims(), a.array().axes().get(1).parallelDims());
        assertEquals(base.levels().get(3).keeps(), a.levels().get(3).keeps());
    }
}
