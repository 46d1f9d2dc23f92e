package org.hwnas.model.workload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LoopBoundsTest {

    @Test
    void eyerissReferenceLayerSizesMatchTimeloop() {
        // COST-MODEL.md §1: W=224 with stride 2 and a 3x3 kernel -> |I| = 3*225*225 = 151875 (padding ignored)
        LoopBounds l = LoopBounds.conv(1, 32, 3, 112, 112, 3, 3, 2);
        assertThat(l.inputWidth()).isEqualTo(225);
        assertThat(l.inputCount()).isEqualTo(151_875);
        assertThat(l.macs()).isEqualTo(32L * 3 * 112 * 112 * 9);
        assertThat(l.weightCount()).isEqualTo(864);
        assertThat(l.outputCount()).isEqualTo(32L * 112 * 112);
    }

    @Test
    void depthwiseUsesTheGroupDimension() {
        LoopBounds dw = new LoopBounds(1, 32, 1, 1, 112, 112, 3, 3, 1, 1, 1, 1);
        assertThat(dw.macs()).isEqualTo(32L * 112 * 112 * 9);
        assertThat(dw.weightCount()).isEqualTo(32 * 9);
        assertThat(dw.inputCount()).isEqualTo(32L * 114 * 114);
    }

    @Test
    void dilationWidensTheInputWindow() {
        LoopBounds d = new LoopBounds(1, 1, 1, 1, 10, 10, 3, 3, 1, 1, 2, 2);
        assertThat(d.inputWidth()).isEqualTo(14);
    }

    @Test
    void zeroBoundsAreRefused() {
        assertThatThrownBy(() -> LoopBounds.conv(1, 0, 3, 1, 1, 1, 1, 1))
                .hasMessageContaining("K=0");
    }

    @Test
    void relevanceFollowsTheConvolution() {
        assertThat(Tensor.WEIGHTS.isRelevant(Dim.P)).isFalse();
        assertThat(Tensor.INPUTS.isRelevant(Dim.K)).isFalse();
        assertThat(Tensor.OUTPUTS.isRelevant(Dim.C)).isFalse();
        assertThat(Dim.parse("m")).isEqualTo(Dim.K);
    }
}
