package org.hwnas.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hwnas.cost.LoopNestHandTest.count;

import java.util.List;
import java.util.Map;
import org.hwnas.cost.api.CostException;
import org.hwnas.cost.api.CostReport;
import org.hwnas.cost.loopnest.LoopNestModel;
import org.hwnas.model.accel.Accelerator;
import org.hwnas.model.accel.AcceleratorKind;
import org.hwnas.model.accel.ArrayAxis;
import org.hwnas.model.accel.Dataflow;
import org.hwnas.model.accel.EnergyTables;
import org.hwnas.model.accel.MemoryClass;
import org.hwnas.model.accel.MemoryLevel;
import org.hwnas.model.accel.PeArray;
import org.hwnas.model.accel.Sharing;
import org.hwnas.model.mapping.LevelMapping;
import org.hwnas.model.mapping.Loop;
import org.hwnas.model.mapping.Mapping;
import org.hwnas.model.workload.Dim;
import org.hwnas.model.workload.LoopBounds;
import org.hwnas.model.workload.Tensor;
import org.junit.jupiter.api.Test;

/**
 * Levels with an explicit instance count: one weight buffer per row of a 2 x 2 array (rows over K, cols
 * over P). The cols fan out below the row buffer, the rows above it.
 */
class InstanceCountTest {
    static final LoopBounds LAYER = new LoopBounds(1, 1, 2, 1, 4, 1, 1, 1, 1, 1, 1, 1); // K2 P4, 1x1: 8 MACs
    static final Mapping MAPPING = new Mapping("row", LAYER, List.of(LevelMapping.of("DRAM"), LevelMapping.of("rowbuf"),
            LevelMapping.of("pe", Loop.of(Dim.P, 2))), Map.of("rows", List.of(Loop.of(Dim.K, 2)), "cols", List.of(Loop.of(Dim.P, 2))));
    final LoopNestModel model = new LoopNestModel();

    static Accelerator design(Sharing rowbuf) {
        return new Accelerator("rows", AcceleratorKind.SPATIAL, "", new PeArray(List.of(new ArrayAxis("rows", 2, List.of(Dim.K)),
                new ArrayAxis("cols", 2, List.of(Dim.P)))),
                List.of(MemoryLevel.builder("pe", MemoryClass.REGISTER).perPe().capacityWords(16).energy(1, 1, 1, 0).build(),
                        MemoryLevel.builder("rowbuf", MemoryClass.SRAM).sharing(rowbuf).capacityWords(64).keeps(Tensor.WEIGHTS)
                                .energy(5, 5, 5, 0).build(),
                        MemoryLevel.builder("DRAM", MemoryClass.DRAM).energy(100, 100, 100, 0).build()),
                Dataflow.FLEXIBLE, 1000, 1, 16, EnergyTables.DEFAULT, null);
    }

    @Test
    void oneBufferPerRowServesTheColumnsBelowIt() throws CostException {
        CostReport r = model.evaluate(design(Sharing.of(2)), LAYER, MAPPING);
        assertThat(r.cycles()).isEqualTo(2);
        assertThat(r.level("pe").orElseThrow().utilizedInstances()).isEqualTo(4);
        assertThat(r.level("rowbuf").orElseThrow().instances()).isEqualTo(2);
        assertThat(r.level("rowbuf").orElseThrow().utilizedInstances()).isEqualTo(2);
        // each row buffer holds its row's one weight (K1) and multicasts it to its two PEs (cols over P)
        assertThat(r.level("rowbuf").orElseThrow().tensor(Tensor.WEIGHTS).orElseThrow().tileWords()).isEqualTo(1);
        assertThat(count(r, "pe", Tensor.WEIGHTS, "reads")).isEqualTo(2);
        assertThat(count(r, "pe", Tensor.WEIGHTS, "fills")).isEqualTo(1);
        assertThat(count(r, "rowbuf", Tensor.WEIGHTS, "reads")).isEqualTo(1);
        assertThat(count(r, "rowbuf", Tensor.WEIGHTS, "fills")).isEqualTo(1);
        // DRAM: both rows' weights, every input once (K over rows is irrelevant to inputs: multicast), 8 outputs
        assertThat(count(r, "DRAM", Tensor.WEIGHTS, "reads")).isEqualTo(2);
        assertThat(count(r, "DRAM", Tensor.INPUTS, "reads")).isEqualTo(4);
        assertThat(count(r, "DRAM", Tensor.OUTPUTS, "updates")).isEqualTo(8);
        // energy: 8 MACs + pe (2 W reads + 1 fill, 2 I reads + 2 fills, 2 O updates) x 4 + rowbuf (1 + 1) x 5 x 2
        // + DRAM (2 + 4 + 8) x 100
        assertThat(r.energyPj()).isEqualTo(8 + 9 * 4 + 20 + 1400);
    }

    @Test
    void theSameBufferSharedByAllPesHoldsBothWeights() throws CostException {
        CostReport global = model.evaluate(design(Sharing.GLOBAL), LAYER, MAPPING);
        assertThat(global.level("rowbuf").orElseThrow().tensor(Tensor.WEIGHTS).orElseThrow().tileWords()).isEqualTo(2);
        assertThat(count(global, "rowbuf", Tensor.WEIGHTS, "reads")).isEqualTo(2);
        assertThat(global.level("rowbuf").orElseThrow().utilizedInstances()).isEqualTo(1);
        // a count of 1 is the global level; a count equal to the PEs is a per-PE level
        assertThat(model.evaluate(design(Sharing.of(1)), LAYER, MAPPING)).isEqualTo(global);
        CostReport perPe = model.evaluate(design(Sharing.PER_PE), LAYER, MAPPING);
        CostReport four = model.evaluate(design(Sharing.of(4)), LAYER, MAPPING);
        assertThat(four.cycles()).isEqualTo(perPe.cycles());
        assertThat(four.energyPj()).isEqualTo(perPe.energyPj());
        assertThat(four.levels().get(1).tensors()).isEqualTo(perPe.levels().get(1).tensors());
    }

    @Test
    void countsThatNoAxisSetMatchesAreRefusedNamingTheLevel() {
        Accelerator three = new Accelerator("odd", AcceleratorKind.SPATIAL, "", new PeArray(List.of(new ArrayAxis("rows", 2,
                List.of(Dim.K)), new ArrayAxis("cols", 3, List.of(Dim.P)))),
                List.of(MemoryLevel.builder("pe", MemoryClass.REGISTER).perPe().capacityWords(16).build(),
                        MemoryLevel.builder("rowbuf", MemoryClass.SRAM).sharing(Sharing.of(6)).capacityWords(64).build(),
                        MemoryLevel.builder("half", MemoryClass.SRAM).sharing(Sharing.of(3)).capacityWords(64).build(),
                        MemoryLevel.builder("DRAM", MemoryClass.DRAM).build()),
                Dataflow.FLEXIBLE, 1000, 1, 16, EnergyTables.DEFAULT, null);
        assertThat(model.supports(three)).isTrue();
        Accelerator bad = new Accelerator("bad", AcceleratorKind.SPATIAL, "", three.array(),
                List.of(three.levels().get(0), MemoryLevel.builder("glb", MemoryClass.SRAM).sharing(Sharing.of(2)).capacityWords(64).build(),
                        MemoryLevel.builder("glb2", MemoryClass.SRAM).sharing(Sharing.of(3)).capacityWords(64).build(),
                        three.levels().get(3)),
                Dataflow.FLEXIBLE, 1000, 1, 16, EnergyTables.DEFAULT, null);
        assertThat(model.supports(bad)).isFalse();
        CostException e = org.assertj.core.api.Assertions.catchThrowableOfType(CostException.class,
                () -> model.evaluate(bad, LAYER, MAPPING));
        assertThat(e.getMessage()).startsWith("level 'glb2': 3 instances do not match the PE array [rows 2, cols 3]");
    }
}
