package org.hwnas.mappingui.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.hwnas.model.mapping.Mapping;
import org.junit.jupiter.api.Test;

class MappingEditsTest {

    @Test
    void aFactorChangeThatBreaksTheProductIsExplainedNotEvaluated() throws Exception {
        EyerissConv1Test.load();
        // DRAM K4 -> K2: K multiplies to 16, the layer has 32
        Mapping m = MappingEdits.setTemporalFactor(EyerissConv1Test.mapping, 0, 2, 2);
        MappingEvaluation e = MappingEvaluation.of(EyerissConv1Test.accel, m);
        assertThat(e.valid()).isFalse();
        assertThat(e.report()).isNull();
        assertThat(e.problems()).anySatisfy(p -> assertThat(p).contains("dimension K: factors multiply to 16 but the layer has K=32"));
    }

    @Test
    void aSpatialFactorOverTheAxisIsExplained() throws Exception {
        EyerissConv1Test.load();
        Mapping m = MappingEdits.setSpatialFactor(EyerissConv1Test.mapping, "cols", 0, 28);
        MappingEvaluation e = MappingEvaluation.of(EyerissConv1Test.accel, m);
        assertThat(e.problems()).anySatisfy(p -> assertThat(p).contains("spatial axis 'cols'").contains("the axis has 14"));
    }

    @Test
    void reorderingReEvaluatesAndChangesTheNumbers() throws Exception {
        EyerissConv1Test.load();
        // DRAM order P8 Q2 K4 -> K4 P8 Q2: same tiles, other refills: still valid, different DRAM traffic
        Mapping m = MappingEdits.moveTemporal(EyerissConv1Test.mapping, 0, 2, -2);
        assertThat(m.levels().get(0).temporal()).extracting(Object::toString).containsExactly("K4", "P8", "Q2");
        MappingEvaluation e = MappingEvaluation.of(EyerissConv1Test.accel, m);
        assertThat(e.valid()).isTrue();
        assertThat(e.report().cycles()).isEqualTo(86_016);
        assertThat(e.report().energyPj()).isNotEqualTo(EyerissConv1Test.eval.report().energyPj());
    }

    @Test
    void aTileOverCapacityIsExplainedByTheCostModel() throws Exception {
        EyerissConv1Test.load();
        // move K8 from psum_spad to... make psum hold K32 (bigger than 24 words) by taking DRAM's K4
        Mapping m = MappingEdits.setTemporalFactor(EyerissConv1Test.mapping, 4, 0, 32);
        m = MappingEdits.setTemporalFactor(m, 0, 2, 1);
        MappingEvaluation e = MappingEvaluation.of(EyerissConv1Test.accel, m);
        assertThat(e.valid()).isFalse();
        assertThat(e.problems()).anySatisfy(p -> assertThat(p).contains("level 'psum_spad'").contains("words"));
    }
}
