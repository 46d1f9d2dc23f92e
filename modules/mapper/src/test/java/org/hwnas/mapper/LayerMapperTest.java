package org.hwnas.mapper;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hwnas.cost.api.CostException;
import org.hwnas.model.accel.Accelerator;
import org.hwnas.model.accel.io.AcceleratorDocument;
import org.hwnas.model.mapping.DataflowRule;
import org.hwnas.model.mapping.MappingRules;
import org.hwnas.model.workload.LoopBounds;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * The mapper against Timeloop's own mapper on the reference layers (designs hand-converted in the cost
 * module's test resources): EDP no worse than the shipped Timeloop result, in under a second.
 */
class LayerMapperTest {
    static final Path CASES = Path.of("../cost/src/test/resources/timeloop/cases");
    static final Path EXPECTED = Path.of("../cost/src/test/resources/timeloop/EXPECTED.md");
    static final LoopBounds DEFAULT_PROBLEM = LoopBounds.conv(1, 32, 3, 112, 112, 3, 3, 2);
    static final LoopBounds CONV1D_OC = new LoopBounds(1, 1, 32, 1, 16, 1, 3, 1, 1, 1, 1, 1);

    /** Timeloop's printed EDP of the EXPECTED.md section whose path starts with {@code prefix}. */
    static double timeloopEdp(String prefix) throws IOException {
        String text = Files.readString(EXPECTED);
        int at = text.indexOf("## `" + prefix);
        Matcher m = Pattern.compile("EDP\\(J\\*cycle\\): ([0-9.e+-]+)").matcher(text.substring(at));
        assertThat(m.find()).isTrue();
        return Double.parseDouble(m.group(1));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "eyeriss_like, example_designs/eyeriss_like, true",
        "simple_os, example_designs/simple_output_stationary, true",
        "3level, tutorial/05-mapper-conv1d+oc-3level/ref-output/freebypass, true",
        "3level, tutorial/05-mapper-conv1d+oc-3level/ref-output/baked, false"})
    void noWorseThanTimeloopsMapper(String design, String reference, boolean bypass) throws Exception {
        Accelerator a = AcceleratorDocument.read(CASES.resolve(design + ".hwacc.json"));
        LoopBounds layer = design.equals("3level") ? CONV1D_OC : DEFAULT_PROBLEM;
        MapperOptions o = MapperOptions.defaults().withBypassSearch(bypass);
        MappingResult r = LayerMapper.search(a, layer, "ref", o);
        double timeloop = timeloopEdp(reference);
        // Timeloop prints 3 significant digits
        assertThat(r.score()).isLessThanOrEqualTo(timeloop * 1.005);
        assertThat(r.cpuMillis()).as("CPU ms (wall %d ms)", r.millis()).isLessThan(1000);
        assertThat(MappingRules.check(r.mapping(), a)).isEmpty();
        assertThat(r.quality(Objective.EDP)).isGreaterThanOrEqualTo(1.0);
        assertThat(r.score()).isEqualTo(r.report().edp());
    }

    @Test
    void sameSeedSameMapping() throws Exception {
        Accelerator a = AcceleratorDocument.read(CASES.resolve("3level.hwacc.json"));
        MapperOptions o = MapperOptions.defaults().withBudget(20_000, 60_000);
        MappingResult x = LayerMapper.search(a, CONV1D_OC, "l", o);
        MappingResult y = LayerMapper.search(a, CONV1D_OC, "l", o);
        assertThat(y.mapping()).isEqualTo(x.mapping());
        assertThat(y.evaluated()).isEqualTo(x.evaluated()).isBetween(20_000L, 20_100L);
    }

    @Test
    void rowStationaryDesignGetsRowStationaryMappings() throws Exception {
        Accelerator a = AcceleratorDocument.read(Path.of("../../examples/accelerators/eyeriss-like.hwacc.json"));
        MappingResult r = LayerMapper.search(a, DEFAULT_PROBLEM, "conv", MapperOptions.defaults());
        assertThat(DataflowRule.violations(r.mapping(), a)).isEmpty();
        assertThat(r.report().cycles()).isGreaterThanOrEqualTo(r.bound().cycles());
    }

    @Test
    void objectivesTradeOff() throws Exception {
        Accelerator a = AcceleratorDocument.read(CASES.resolve("eyeriss_like.hwacc.json"));
        MapperOptions o = MapperOptions.defaults().withBudget(150_000, 5_000);
        MappingResult fast = LayerMapper.search(a, DEFAULT_PROBLEM, "c", o.withObjective(Objective.CYCLES));
        MappingResult frugal = LayerMapper.search(a, DEFAULT_PROBLEM, "c", o.withObjective(Objective.ENERGY));
        assertThat(fast.report().cycles()).isLessThanOrEqualTo(frugal.report().cycles());
        assertThat(frugal.report().energyPj()).isLessThanOrEqualTo(fast.report().energyPj());
    }

    @Test
    void networkTotalsAreLayerSumsAndRepeatedShapesAreSearchedOnce() throws Exception {
        Accelerator a = AcceleratorDocument.read(Path.of("../../examples/accelerators/eyeriss-like.hwacc.json"));
        LoopBounds c3 = LoopBounds.conv(1, 64, 64, 56, 56, 3, 3, 1);
        LoopBounds c1 = LoopBounds.conv(1, 256, 64, 56, 56, 1, 1, 1);
        List<NetworkMapper.Layer> layers = List.of(new NetworkMapper.Layer("a", c3), new NetworkMapper.Layer("b", c1),
                new NetworkMapper.Layer("c", c3));
        MappingCache cache = new MappingCache();
        NetworkMapper.Result r = new NetworkMapper(a, MapperOptions.defaults().withBudget(60_000, 2_000), cache).map(layers);
        assertThat(cache.size()).isEqualTo(2);
        assertThat(r.results().get(0)).isSameAs(r.results().get(2));
        assertThat(r.cycles()).isEqualTo(r.results().stream().mapToLong(x -> x.report().cycles()).sum());
        assertThat(r.macs()).isEqualTo(2 * c3.macs() + c1.macs());
        assertThat(r.edp()).isEqualTo(r.energyPj() * 1e-12 * r.cycles());
    }

    @Test
    void designsWithAPerRowBufferAreMappedWithTwoFanouts() throws Exception {
        org.hwnas.model.accel.Accelerator a = new org.hwnas.model.accel.Accelerator("rows", org.hwnas.model.accel.AcceleratorKind.SPATIAL,
                "", new org.hwnas.model.accel.PeArray(List.of(new org.hwnas.model.accel.ArrayAxis("rows", 4, List.of(org.hwnas.model.workload.Dim.K)),
                new org.hwnas.model.accel.ArrayAxis("cols", 4, List.of(org.hwnas.model.workload.Dim.P)))),
                List.of(org.hwnas.model.accel.MemoryLevel.builder("pe", org.hwnas.model.accel.MemoryClass.REGISTER).perPe().capacityWords(8)
                                .energy(1, 1, 1, 0).build(),
                        org.hwnas.model.accel.MemoryLevel.builder("rowbuf", org.hwnas.model.accel.MemoryClass.SRAM)
                                .sharing(org.hwnas.model.accel.Sharing.of(4)).capacityWords(64).energy(5, 5, 5, 0).build(),
                        org.hwnas.model.accel.MemoryLevel.builder("DRAM", org.hwnas.model.accel.MemoryClass.DRAM).energy(100, 100, 100, 0).build()),
                org.hwnas.model.accel.Dataflow.FLEXIBLE, 1000, 1, 16, org.hwnas.model.accel.EnergyTables.DEFAULT, null);
        LoopBounds layer = LoopBounds.conv(1, 16, 8, 16, 16, 3, 3, 1);
        MappingResult r = LayerMapper.search(a, layer, "c", MapperOptions.defaults().withBudget(50_000, 5_000));
        assertThat(MappingRules.check(r.mapping(), a)).isEmpty();
        assertThat(r.report().level("rowbuf").orElseThrow().instances()).isEqualTo(4);
        assertThat(r.report().cycles()).isGreaterThanOrEqualTo(r.bound().cycles());
        assertThat(r.report().level("rowbuf").orElseThrow().utilizedInstances()).isBetween(1, 4);
    }

    @Test
    void searchesStopWhenAMappingReachesTheLowerBound() throws Exception {
        // one PE with a free register large enough for the whole layer: the best mapping reads every tensor
        // once from DRAM and runs MACs back to back, exactly the lower bound
        org.hwnas.model.accel.Accelerator a = new org.hwnas.model.accel.Accelerator("ideal", org.hwnas.model.accel.AcceleratorKind.SPATIAL,
                "", new org.hwnas.model.accel.PeArray(List.of(new org.hwnas.model.accel.ArrayAxis("x", 1, List.of(org.hwnas.model.workload.Dim.K)))),
                List.of(org.hwnas.model.accel.MemoryLevel.builder("reg", org.hwnas.model.accel.MemoryClass.REGISTER).perPe()
                                .capacityWords(1 << 20).energy(0, 0, 0, 0).build(),
                        org.hwnas.model.accel.MemoryLevel.builder("DRAM", org.hwnas.model.accel.MemoryClass.DRAM).energy(100, 100, 100, 0).build()),
                org.hwnas.model.accel.Dataflow.FLEXIBLE, 1000, 1, 16, org.hwnas.model.accel.EnergyTables.DEFAULT, null);
        LoopBounds layer = LoopBounds.conv(1, 64, 64, 28, 28, 3, 3, 1);
        for (SearchAlgorithm alg : List.of(SearchAlgorithm.LOCAL, SearchAlgorithm.GENETIC)) {
            MappingResult r = LayerMapper.search(a, layer, "c", MapperOptions.defaults().withAlgorithm(alg).withBudget(2_000_000, 60_000));
            assertThat(r.quality(Objective.EDP)).as(alg.key()).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
            assertThat(r.evaluated()).as(alg.key()).isLessThan(2_000_000);
        }
    }
}
