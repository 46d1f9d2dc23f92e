package org.hwnas.mapper;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.hwnas.model.accel.Accelerator;
import org.hwnas.model.accel.io.AcceleratorDocument;
import org.hwnas.model.network.zoo.ModelZoo;
import org.junit.jupiter.api.Test;

/**
 * Whole-network totals against ZigZag (tests/main/test_origin/test_tpu_like.py: ResNet-18 from
 * resnet18.yaml on tpu_like.yaml, 2.61517e9 pJ, 5.58499e6 cycles). Only the order of magnitude can
 * agree: ZigZag searches its own mappings (LOMA), charges energy per port-width word with its own
 * rounding, adds on-/off-loading and stall cycles, keeps 16-bit partial sums in the SRAM, and its
 * workload counts Add and Pooling layers; ours maps only conv/linear layers with the loopnest model.
 */
class ZigZagComparisonTest {

    @Test
    void resnet18OnZigZagsTpuLikeIsWithinAnOrderOfMagnitude() throws Exception {
        Accelerator a = AcceleratorDocument.read(Path.of("src/test/resources/zigzag/tpu-like-zigzag.hwacc.json"));
        List<NetworkMapper.Layer> layers = NetworkMapperTest.layers(ModelZoo.resnet18());
        NetworkMapper.Result r = new NetworkMapper(a, MapperOptions.defaults().withBudget(100_000, 500), new MappingCache())
                .map(layers);
        double zigzagEnergy = 2.61517e9;
        double zigzagCycles = 5.58499e6;
        double e = r.energyPj() / zigzagEnergy;
        double c = r.cycles() / zigzagCycles;
        System.out.printf("ResNet-18 on ZigZag tpu_like: ours %.4g pJ, %,d cycles; ZigZag %.4g pJ, %.4g cycles; ratios %.2f, %.2f%n",
                r.energyPj(), r.cycles(), zigzagEnergy, zigzagCycles, e, c);
        assertThat(e).isBetween(0.1, 10.0);
        assertThat(c).isBetween(0.1, 10.0);
    }
}
