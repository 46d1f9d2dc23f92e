package org.hwnas.mapper;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.hwnas.mapper.spi.Mapper;
import org.hwnas.model.accel.Accelerator;
import org.hwnas.model.accel.io.AcceleratorDocument;
import org.junit.jupiter.api.Test;
import org.openide.util.Lookup;

/** The mapper is a Lookup service with a stable id; repeated requests come from its cache. */
class MapperLookupTest {

    @Test
    void loopnestMapperIsFoundThroughLookupAndCaches() throws Exception {
        assertThat(Lookup.getDefault().lookupAll(Mapper.class)).extracting(Mapper::id).contains("loopnest");
        Mapper m = Mappers.getDefault().orElseThrow();
        assertThat(m.id()).isEqualTo("loopnest");
        assertThat(Mappers.byId("loopnest")).containsSame(m);
        Accelerator a = AcceleratorDocument.read(LayerMapperTest.CASES.resolve("3level.hwacc.json"));
        assertThat(m.supports(a)).isTrue();
        MapperOptions o = MapperOptions.defaults().withBudget(20_000, 5_000);
        MappingResult r = m.map(a, LayerMapperTest.CONV1D_OC, "l", o);
        assertThat(m.map(a, LayerMapperTest.CONV1D_OC, "l", o)).isSameAs(r);
        NetworkMapper.Result net = m.mapNetwork(a, List.of(new NetworkMapper.Layer("a", LayerMapperTest.CONV1D_OC),
                new NetworkMapper.Layer("b", LayerMapperTest.CONV1D_OC)), o);
        assertThat(net.results()).containsOnly(r);
        assertThat(net.cycles()).isEqualTo(2 * r.report().cycles());
    }
}
