package org.hwnas.mapper;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.hwnas.model.accel.Accelerator;
import org.hwnas.model.accel.io.AcceleratorDocument;
import org.hwnas.model.mapping.MappingRules;
import org.hwnas.model.network.LayerInfo;
import org.hwnas.model.network.Network;
import org.hwnas.model.network.NetworkAnalysis;
import org.hwnas.model.network.zoo.ModelZoo;
import org.junit.jupiter.api.Test;

/** Whole networks from the model zoo on the example designs: best mappings for every layer in seconds. */
class NetworkMapperTest {
    static final Path ACCELS = Path.of("../../examples/accelerators");

    static List<NetworkMapper.Layer> layers(Network n) {
        return NetworkAnalysis.of(n).computeLayers().stream()
                .map((LayerInfo l) -> new NetworkMapper.Layer(l.name(), l.loopBounds().orElseThrow())).toList();
    }

    @Test
    void resnet50OnTheEyerissLikeDesignInSeconds() throws Exception {
        Accelerator a = AcceleratorDocument.read(ACCELS.resolve("eyeriss-like.hwacc.json"));
        List<NetworkMapper.Layer> layers = layers(ModelZoo.resnet50());
        long start = System.nanoTime();
        NetworkMapper.Result r = new NetworkMapper(a, MapperOptions.defaults().withBudget(100_000, 500), new MappingCache())
                .map(layers);
        double seconds = (System.nanoTime() - start) / 1e9;
        assertThat(seconds).isLessThan(60); // wall time: generous, the machine is shared
        // CPU time of the distinct-shape searches (what it costs on an idle machine, load-independent): seconds
        long cpuMillis = r.results().stream().distinct().mapToLong(MappingResult::cpuMillis).sum();
        assertThat(cpuMillis).isLessThan(15_000);
        assertThat(r.macs()).isBetween(4_000_000_000L, 4_200_000_000L); // ResNet-50: about 4.1 GMACs
        assertThat(r.results()).allSatisfy(x -> assertThat(MappingRules.check(x.mapping(), a)).isEmpty());
        // 168 PEs at full use would need MACs / 168 cycles; the mapped network cannot beat that
        assertThat(r.cycles()).isGreaterThanOrEqualTo(r.macs() / 168);
        System.out.printf("ResNet-50 on eyeriss-like: %d layers (%d distinct shapes), %.1f s wall, %.1f s CPU, %,d cycles (%.1f%% of peak), %.3f mJ, EDP %.3g J*cycle%n",
                layers.size(), r.results().stream().distinct().count(), seconds, cpuMillis / 1e3, r.cycles(), 100.0 * r.macs() / (r.cycles() * 168.0), r.energyPj() / 1e9, r.edp());
    }

    @Test
    void mobilenetV2DepthwiseLayersMapWithTheGroupDimension() throws Exception {
        Accelerator a = AcceleratorDocument.read(ACCELS.resolve("eyeriss-like.hwacc.json"));
        List<NetworkMapper.Layer> layers = layers(ModelZoo.mobilenetV2());
        assertThat(layers).anySatisfy(l -> assertThat(l.bounds().g()).isGreaterThan(1));
        NetworkMapper.Result r = new NetworkMapper(a, MapperOptions.defaults().withBudget(40_000, 300), new MappingCache())
                .map(layers);
        assertThat(r.macs()).isBetween(290_000_000L, 320_000_000L); // MobileNetV2 1.0: about 300 M MACs
        System.out.printf("MobileNetV2 on eyeriss-like: %,d cycles, %.3f mJ%n", r.cycles(), r.energyPj() / 1e9);
    }
}
