package org.hwnas.mappingui.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.hwnas.model.accel.Accelerator;
import org.hwnas.model.accel.io.AcceleratorDocument;
import org.hwnas.model.mapping.Mapping;
import org.hwnas.model.mapping.io.MappingDocument;
import org.hwnas.model.workload.Tensor;
import org.junit.jupiter.api.Test;

/** AlexNet conv1 as the mapper maps it on eyeriss-like: K is split over rows and weights_spad (large indices). */
class LargeIndexPeArrayTest {

    @Test
    void everyRowIsActiveAndHoldsItsOwnWeights() throws Exception {
        Accelerator a = AcceleratorDocument.read(Path.of("../../examples/accelerators/eyeriss-like.hwacc.json"));
        Mapping m = MappingDocument.parse("alexnet-conv1", """
                {"format": "mapping/1", "layer": {"k": 64, "c": 3, "p": 55, "q": 55, "r": 11, "s": 11, "stride": 4},
                 "levels": [{"level": "DRAM", "temporal": ["Q5", "K2"]}, {"level": "shared_glb", "temporal": ["S11", "P55"]},
                            {"level": "weights_spad", "temporal": ["K8"]}, {"level": "psum_spad", "temporal": ["R11"]}],
                 "spatial": {"rows": ["K4", "C3"], "cols": ["Q11"]}}""", a);
        MappingEvaluation e = MappingEvaluation.of(a, m);
        assertThat(e.valid()).isTrue();
        PeArrayModel pe = PeArrayModel.of(m, a, e.report());
        assertThat(pe.activePes()).isEqualTo(132).isEqualTo(e.report().utilizedPes());
        for (int r = 0; r < 12; r++) {
            assertThat(pe.shareKey(Tensor.WEIGHTS, r, 0)).isNotNull();
        }
        assertThat(pe.rowLabel(7)).isEqualTo("K2 C1");
        assertThat(pe.distinct(Tensor.WEIGHTS)).isEqualTo(12); // K4 x C3, multicast along the 11 columns
        assertThat(pe.distinct(Tensor.OUTPUTS)).isEqualTo(44); // K4 x Q11, reduced over C
        // the spatial K index is worth 8 output channels (K8 in weights_spad sits inside it)
        assertThat(pe.shareKey(Tensor.OUTPUTS, 3, 0).get(2)).isEqualTo(8L);
    }
}
