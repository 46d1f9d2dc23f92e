package org.hwnas.model.network;

import static org.assertj.core.api.Assertions.assertThat;

import org.hwnas.model.workload.LoopBounds;
import org.junit.jupiter.api.Test;

/** Shapes, counts and loop bounds of single layers, computed by hand. */
class LayerCountsTest {

    private static LayerInfo single(TensorShape input, Layer layer) {
        Network net = new Network("t", "x", input, java.util.List.of(layer));
        return NetworkAnalysis.of(net).layers().get(0);
    }

    @Test
    void convWithStridePaddingAndDilation() {
        // 1x8x20x15 input, 16 filters 3x3, stride 2, padding 1, dilation 2, bias:
        // H: floor((20 + 2 - 2*2 - 1) / 2) + 1 = floor(17/2) + 1 = 9; W: floor((15 + 2 - 5) / 2) + 1 = 7
        Layer conv = Layer.conv2d("c", 16, Size2.square(3), Size2.square(2), Size2.square(1), Size2.square(2), 1, true);
        LayerInfo info = single(TensorShape.of(1, 8, 20, 15), conv);
        assertThat(info.output()).isEqualTo(TensorShape.of(1, 16, 9, 7));
        assertThat(info.macs()).isEqualTo(16L * 9 * 7 * 8 * 3 * 3);
        assertThat(info.weightElements()).isEqualTo(16L * 8 * 3 * 3);
        assertThat(info.params()).isEqualTo(16L * 8 * 3 * 3 + 16);
        assertThat(info.inputElements()).isEqualTo(8L * 20 * 15);
        assertThat(info.outputElements()).isEqualTo(16L * 9 * 7);
        assertThat(info.loopBounds()).contains(new LoopBounds(1, 1, 16, 8, 7, 9, 3, 3, 2, 2, 2, 2));
    }

    @Test
    void rectangularKernelAndStrideKeepHeightAndWidthApart() {
        // kernel 1x7 padding (0, 3), stride (2, 1) over 1x4x10x12: H = (10-1)/2+1 = 5, W = (12+6-7)/1+1 = 12
        Layer conv = Layer.conv2d("c", 4, Size2.of(1, 7), Size2.of(2, 1), Size2.of(0, 3), Size2.ONE, 1, false);
        LayerInfo info = single(TensorShape.of(1, 4, 10, 12), conv);
        assertThat(info.output()).isEqualTo(TensorShape.of(1, 4, 5, 12));
        LoopBounds b = info.loopBounds().orElseThrow();
        assertThat(b.r()).as("R pairs with width").isEqualTo(7);
        assertThat(b.s()).as("S pairs with height").isEqualTo(1);
        assertThat(b.p()).as("P is the output width").isEqualTo(12);
        assertThat(b.q()).as("Q is the output height").isEqualTo(5);
        assertThat(b.strideW()).isEqualTo(1);
        assertThat(b.strideH()).isEqualTo(2);
        assertThat(info.macs()).isEqualTo(b.macs()).isEqualTo(4L * 5 * 12 * 4 * 7);
    }

    @Test
    void depthwiseConvIsOneGroupPerChannel() {
        Layer dw = Layer.conv2d("dw", 32, Size2.square(3), Size2.square(2), Size2.square(1), Size2.ONE, 32, false);
        LayerInfo info = single(TensorShape.of(2, 32, 112, 112), dw);
        assertThat(info.output()).isEqualTo(TensorShape.of(2, 32, 56, 56));
        assertThat(info.loopBounds()).contains(new LoopBounds(2, 32, 1, 1, 56, 56, 3, 3, 2, 2, 1, 1));
        assertThat(info.macs()).isEqualTo(2L * 32 * 56 * 56 * 9);
        assertThat(info.params()).isEqualTo(32L * 9);
    }

    @Test
    void groupedConvSplitsChannelsPerGroup() {
        // ResNeXt-style: 64 -> 128 channels in 4 groups: k = 32, c = 16 per group
        Layer g = Layer.conv2d("g", 128, Size2.square(3), Size2.ONE, Size2.square(1), Size2.ONE, 4, false);
        LayerInfo info = single(TensorShape.of(1, 64, 8, 8), g);
        assertThat(info.loopBounds()).contains(new LoopBounds(1, 4, 32, 16, 8, 8, 3, 3, 1, 1, 1, 1));
        assertThat(info.params()).isEqualTo(128L * 16 * 9);
        assertThat(info.macs()).isEqualTo(128L * 8 * 8 * 16 * 9);
    }

    @Test
    void linearIsAOneByOneLoopNest() {
        LayerInfo info = single(TensorShape.flat(4, 512), Layer.linear("fc", 1000, true));
        assertThat(info.output()).isEqualTo(TensorShape.flat(4, 1000));
        assertThat(info.loopBounds()).contains(LoopBounds.linear(4, 1000, 512));
        assertThat(info.macs()).isEqualTo(4L * 512 * 1000);
        assertThat(info.params()).isEqualTo(512L * 1000 + 1000);
        assertThat(info.weightElements()).isEqualTo(512L * 1000);
    }

    @Test
    void batchNormHasScaleAndShiftPerChannel() {
        LayerInfo info = single(TensorShape.of(1, 64, 7, 7), Layer.of("bn", LayerKind.BATCH_NORM));
        assertThat(info.params()).isEqualTo(128);
        assertThat(info.macs()).isZero();
        assertThat(info.loopBounds()).isEmpty();
    }

    @Test
    void poolsDefaultToFloorModeAndKeepChannels() {
        // ResNet's max pool: 112 -> floor((112 + 2 - 3) / 2) + 1 = 56
        assertThat(single(TensorShape.of(1, 64, 112, 112), Layer.maxPool("p", 3, 2, 1)).output())
                .isEqualTo(TensorShape.of(1, 64, 56, 56));
        // AlexNet's: 55 -> 27, odd sizes floor
        assertThat(single(TensorShape.of(1, 64, 55, 55), Layer.maxPool("p", 3, 2, 0)).output())
                .isEqualTo(TensorShape.of(1, 64, 27, 27));
        assertThat(single(TensorShape.of(1, 8, 7, 5), Layer.avgPool("p", 2, 2, 0)).output())
                .isEqualTo(TensorShape.of(1, 8, 3, 2));
        assertThat(single(TensorShape.of(3, 8, 7, 5), Layer.of("g", LayerKind.GLOBAL_AVG_POOL)).output())
                .isEqualTo(TensorShape.of(3, 8, 1, 1));
    }

    @Test
    void zeroWithStrideSubsamplesLikeSlicing() {
        // x[:, :, ::2, ::2] of 7x6 is 4x3
        assertThat(single(TensorShape.of(1, 4, 7, 6), Layer.zero("z", Size2.square(2))).output())
                .isEqualTo(TensorShape.of(1, 4, 4, 3));
    }

    @Test
    void flattenConcatAndAdd() {
        NetworkBuilder b = new NetworkBuilder("t", "x", TensorShape.of(2, 3, 4, 4));
        String a = b.conv("a", 5, 1, 1, 0);
        String c = b.from("x").conv("c", 7, 3, 1, 1);
        String cat = b.concat("cat", a, "x", c);
        String sum = b.add("sum", cat, cat);
        b.from(sum).flatten("flat");
        NetworkAnalysis an = NetworkAnalysis.of(b.build());
        assertThat(an.layer("cat").orElseThrow().output()).isEqualTo(TensorShape.of(2, 15, 4, 4));
        assertThat(an.layer("cat").orElseThrow().inputElements()).isEqualTo(2L * 15 * 16);
        assertThat(an.layer("sum").orElseThrow().inputElements()).isEqualTo(2L * 2 * 15 * 16);
        assertThat(an.layer("flat").orElseThrow().output()).isEqualTo(TensorShape.flat(2, 240));
        assertThat(an.totalMacs()).isEqualTo(2L * 16 * (5 * 3 + 7 * 3 * 9));
        assertThat(an.computeLayers()).extracting(LayerInfo::name).containsExactly("a", "c");
    }
}
