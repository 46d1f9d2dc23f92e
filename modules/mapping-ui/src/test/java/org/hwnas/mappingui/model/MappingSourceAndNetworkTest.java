package org.hwnas.mappingui.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.hwnas.cost.api.CostReport;
import org.hwnas.cost.loopnest.LoopNestModel;
import org.hwnas.mapper.MapperOptions;
import org.hwnas.model.accel.io.AcceleratorDocument;
import org.hwnas.model.network.NetworkAnalysis;
import org.hwnas.model.network.zoo.Nb201;
import org.junit.jupiter.api.Test;

class MappingSourceAndNetworkTest {
    static final Path MAPPING = Path.of("../../examples/mappings/eyeriss-like-conv1.hwmap.json");

    @Test
    void unsavedTextIsReadWithTheAcceleratorItReferences() throws Exception {
        String text = Files.readString(MAPPING);
        MappingSource s = MappingSource.parse(MAPPING, text);
        assertThat(s.problems()).isEmpty();
        assertThat(s.accelerator().name()).isEqualTo("eyeriss-like");
        assertThat(s.evaluate().report().cycles()).isEqualTo(86_016);
    }

    @Test
    void anInvalidTextGivesFileLineAndReasonNotAnException() throws Exception {
        String text = Files.readString(MAPPING).replace("\"K8\"", "\"K4\"");
        MappingSource s = MappingSource.parse(MAPPING, text);
        assertThat(s.mapping()).isNull();
        assertThat(s.evaluate()).isNull();
        assertThat(s.problems()).anySatisfy(p -> assertThat(p).contains("eyeriss-like-conv1.hwmap.json:")
                .contains("dimension K: factors multiply to 16 but the layer has K=32"));
        MappingSource broken = MappingSource.parse(MAPPING, "{\"format\": \"mapping/1\", ");
        assertThat(broken.mapping()).isNull();
        assertThat(broken.problems()).isNotEmpty().allSatisfy(p -> assertThat(p).contains("eyeriss-like-conv1.hwmap.json"));
    }

    @Test
    void aMappingWithoutAnAcceleratorDocumentIsShownButNotEvaluated() throws Exception {
        String text = Files.readString(MAPPING).replace("../accelerators/eyeriss-like.hwacc.json", "eyeriss-like");
        MappingSource s = MappingSource.parse(MAPPING, text);
        assertThat(s.mapping()).isNotNull();
        assertThat(s.evaluate()).isNull();
        assertThat(s.problems()).singleElement().asString().contains("'eyeriss-like' is a name");
    }

    @Test
    void theNetworkTableHoldsTheCostModelsNumbersPerLayer() throws Exception {
        var accel = AcceleratorDocument.read(Path.of("../../examples/accelerators/eyeriss-like.hwacc.json"));
        var net = Nb201.network(Nb201.EXAMPLE_ARCH);
        NetworkLayerTable t = NetworkLayerTable.map(net, accel, MapperOptions.defaults().withBudget(2_000, 200));
        assertThat(t.rows()).hasSize(NetworkAnalysis.of(net).computeLayers().size());
        long cycles = 0;
        double energy = 0;
        for (NetworkLayerTable.Row r : t.rows()) {
            CostReport again = new LoopNestModel().evaluate(accel, r.bounds(), r.mapping());
            assertThat(r.cycles()).isEqualTo(again.cycles());
            assertThat(r.energyPj()).isEqualTo(again.energyPj());
            assertThat(r.utilization()).isEqualTo(again.utilization());
            assertThat(r.bound()).isEqualTo(Bound.of(again));
            cycles += again.cycles();
            energy += again.energyPj();
        }
        assertThat(t.totalCycles()).isEqualTo(cycles);
        assertThat(t.totalEnergyPj()).isCloseTo(energy, org.assertj.core.data.Offset.offset(1e-6 * energy));
        assertThat(t.rows()).anyMatch(t::critical);
        assertThat(t.toCsv().split("\n")).hasSize(t.rows().size() + 1);
    }
}
