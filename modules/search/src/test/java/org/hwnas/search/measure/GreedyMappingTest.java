package org.hwnas.search.measure.cost;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.hwnas.arch.accel.AcceleratorPoint;
import org.hwnas.arch.mbv2.MbMacro;
import org.hwnas.arch.mbv2.MbNetArch;
import org.hwnas.cost.api.CostReport;
import org.hwnas.cost.loopnest.LoopNestModel;
import org.hwnas.model.mapping.Mapping;
import org.hwnas.model.mapping.MappingRules;
import org.hwnas.model.network.LayerInfo;
import org.hwnas.model.network.NetworkAnalysis;
import org.hwnas.search.space.TestSpaces;
import org.hwnas.search.space.accel.AcceleratorSpace;

/** The fixed mapping heuristic yields mappings the loopnest model accepts, on any design of the space. */
class GreedyMappingTest {
    private static final AcceleratorSpace SPACE = TestSpaces.eyeriss();
    private static final NetworkAnalysis NET = NetworkAnalysis.of(MbNetArch.mobilenetV2(1.0, new MbMacro(96, 10)).network());

    @Property(tries = 30)
    void mappingsAreValidAndEvaluateAsTheModelSays(@ForAll long seed) throws Exception {
        AcceleratorPoint p = (AcceleratorPoint) SPACE.sample(new Random(seed));
        GreedyMapping g = new GreedyMapping(p.accelerator());
        LoopNestModel model = new LoopNestModel();
        for (LayerInfo l : NET.computeLayers()) {
            Mapping m = g.map(l.loopBounds().orElseThrow());
            assertThat(MappingRules.check(m, p.accelerator())).isEmpty();
            CostReport r = model.evaluate(p.accelerator(), l.loopBounds().orElseThrow(), m);
            assertThat(r.cycles()).isEqualTo(g.result().cycles());
            assertThat(r.cycles()).isGreaterThanOrEqualTo((l.macs() + p.totalPes() - 1) / p.totalPes());
            assertThat(r.utilization()).isBetween(0.0, 1.0);
        }
    }
}
