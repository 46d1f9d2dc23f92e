package org.hwnas.mapper;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.hwnas.cost.loopnest.ArchSpec;
import org.hwnas.model.accel.Accelerator;
import org.hwnas.model.accel.io.AcceleratorDocument;
import org.hwnas.model.mapping.MappingRules;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Small spaces are enumerated; the heuristic search must reach the same optimum on them. */
class ExhaustiveSearchTest {

    @ParameterizedTest(name = "bypass search {0}")
    @ValueSource(booleans = {false, true})
    void heuristicFindsTheExhaustiveOptimumOnTutorial05(boolean bypass) throws Exception {
        Accelerator a = AcceleratorDocument.read(LayerMapperTest.CASES.resolve("3level.hwacc.json"));
        MapperOptions o = MapperOptions.defaults().withBypassSearch(bypass).withBudget(3_000_000, 30_000);
        MappingResult exact = LayerMapper.search(a, LayerMapperTest.CONV1D_OC, "t05", o);
        assertThat(exact.exhaustive()).isTrue();
        assertThat(MappingRules.check(exact.mapping(), a)).isEmpty();
        MapSpace space = new MapSpace(ArchSpec.of(a), LayerMapperTest.CONV1D_OC, true, bypass);
        long now = System.nanoTime();
        long cpu = LayerMapper.cpuNanos();
        MappingResult heuristic = LayerMapper.heuristic(a, LayerMapperTest.CONV1D_OC, "t05",
                MapperOptions.defaults().withBypassSearch(bypass), space, now, cpu, cpu + 10_000_000_000L);
        assertThat(heuristic.exhaustive()).isFalse();
        assertThat(heuristic.score()).isGreaterThanOrEqualTo(exact.score());
        assertThat(heuristic.score()).isLessThanOrEqualTo(exact.score() * 1.0001);
        System.out.printf("tutorial 05 (bypass %s): exhaustive %d points (%d fit) in %d ms, EDP %.5g; heuristic %.5g%n",
                bypass, exact.evaluated(), exact.valid(), exact.millis(), exact.score(), heuristic.score());
    }
}
