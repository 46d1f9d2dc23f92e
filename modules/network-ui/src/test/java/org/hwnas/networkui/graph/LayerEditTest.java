package org.hwnas.networkui.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.hwnas.model.network.Layer;
import org.hwnas.model.network.LayerKind;
import org.hwnas.model.network.LayerParam;
import org.hwnas.model.network.Size2;
import org.junit.jupiter.api.Test;

class LayerEditTest {
    private final Layer conv = Layer.conv2d("c", 16, 3, 1, 1, false);

    @Test
    void validValuesAreParsed() {
        assertThat(LayerEdit.set(conv, LayerParam.KERNEL, "1x7").kernel()).isEqualTo(Size2.of(1, 7));
        assertThat(LayerEdit.set(conv, LayerParam.KERNEL, "[5, 3]").kernel()).isEqualTo(Size2.of(5, 3));
        assertThat(LayerEdit.set(conv, LayerParam.PADDING, " 0 ").padding()).isEqualTo(Size2.ZERO);
        assertThat(LayerEdit.set(conv, LayerParam.OUT_CHANNELS, "32").outChannels()).isEqualTo(32);
        assertThat(LayerEdit.set(conv, LayerParam.BIAS, "true").bias()).isTrue();
        assertThat(LayerEdit.text(LayerEdit.set(conv, LayerParam.STRIDE, "2,1"), LayerParam.STRIDE)).isEqualTo("2x1");
    }

    @Test
    void invalidValuesAreRefusedWithTheReason() {
        assertThatThrownBy(() -> LayerEdit.set(conv, LayerParam.OUT_CHANNELS, "0")).hasMessage("out_channels must be > 0, got 0");
        assertThatThrownBy(() -> LayerEdit.set(conv, LayerParam.OUT_CHANNELS, "many"))
                .hasMessage("out_channels must be an integer, got 'many'");
        assertThatThrownBy(() -> LayerEdit.set(conv, LayerParam.KERNEL, "0")).hasMessage("kernel must be > 0, got 0");
        assertThatThrownBy(() -> LayerEdit.set(conv, LayerParam.PADDING, "-1")).hasMessage("padding must be >= 0, got -1");
        assertThatThrownBy(() -> LayerEdit.set(conv, LayerParam.STRIDE, "3x")).hasMessageContaining("height x width");
        assertThatThrownBy(() -> LayerEdit.set(conv, LayerParam.BIAS, "maybe")).hasMessage("bias must be true or false, got 'maybe'");
        assertThatThrownBy(() -> LayerEdit.set(conv, LayerParam.OUT_FEATURES, "3")).hasMessage("out_features does not apply to a conv2d layer");
        Layer pool = Layer.maxPool("p", 2, 2, 0);
        assertThatThrownBy(() -> LayerEdit.set(pool, LayerParam.PADDING, "2")).hasMessageContaining("more than half the kernel");
    }

    @Test
    void aPoolStrideFollowsItsKernelUntilSetApart() {
        Layer pool = Layer.maxPool("p", 2, 2, 0);
        assertThat(LayerEdit.set(pool, LayerParam.KERNEL, "3").stride()).isEqualTo(Size2.square(3));
        Layer strided = LayerEdit.set(pool, LayerParam.STRIDE, "1");
        assertThat(LayerEdit.set(strided, LayerParam.KERNEL, "3").stride()).isEqualTo(Size2.ONE);
        assertThat(Layer.of("r", LayerKind.RELU).kind()).isEqualTo(LayerKind.RELU);
    }
}
