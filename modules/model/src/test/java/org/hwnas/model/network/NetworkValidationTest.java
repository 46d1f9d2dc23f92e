package org.hwnas.model.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Networks that cannot work are refused with every problem named by layer and field. */
class NetworkValidationTest {
    private static final TensorShape IMAGE = TensorShape.of(1, 3, 8, 8);

    private static List<NetworkProblem> problems(Layer... layers) {
        return ShapeInference.infer("x", IMAGE, List.of(layers)).problems();
    }

    @Test
    void inputsDefaultToThePreviousLayer() {
        Network net = new Network("t", "x", IMAGE, List.of(Layer.of("a", LayerKind.RELU), Layer.of("b", LayerKind.RELU)));
        assertThat(net.layers()).extracting(Layer::inputs).containsExactly(List.of("x"), List.of("a"));
    }

    @Test
    void kernelLargerThanPaddedInput() {
        assertThat(problems(Layer.conv2d("c", 4, 11, 1, 1, false)))
                .singleElement().satisfies(p -> {
                    assertThat(p.path()).isEqualTo("layers[0].kernel");
                    assertThat(p.reason()).contains("kernel 11x11 is larger than the padded input 10x10");
                });
    }

    @Test
    void dilationCountsInTheKernelSpan() {
        // 3 taps at dilation 4 span 9 > 8
        Layer c = Layer.conv2d("c", 4, Size2.square(3), Size2.ONE, Size2.ZERO, Size2.square(4), 1, false);
        assertThat(problems(c)).singleElement().satisfies(p ->
                assertThat(p.reason()).contains("spanning 9x9 with dilation 4"));
    }

    @Test
    void groupsMustDivideChannels() {
        Layer c = Layer.conv2d("c", 4, Size2.square(3), Size2.ONE, Size2.ZERO, Size2.ONE, 2, false);
        assertThat(problems(c)).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("layers[0].groups");
            assertThat(p.reason()).contains("groups 2 must divide the input channels, but input 'x' has 3");
        });
    }

    @Test
    void addNeedsEqualShapesAndNamesTheOffendingInput() {
        List<NetworkProblem> ps = problems(Layer.conv2d("a", 4, 3, 1, 1, false),
                Layer.conv2d("b", 8, 3, 1, 1, false).withInputs("x"),
                Layer.of("sum", LayerKind.ADD).withInputs("a", "b"));
        assertThat(ps).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("layers[2].inputs[1]");
            assertThat(p.reason()).isEqualTo("add needs equal shapes, but 'b' is 1x8x8x8 and 'a' is 1x4x8x8");
        });
    }

    @Test
    void unknownDuplicateForwardAndSelfReferences() {
        List<NetworkProblem> ps = problems(
                Layer.of("a", LayerKind.RELU).withInputs("later"),
                Layer.of("a", LayerKind.RELU),
                Layer.of("b", LayerKind.RELU).withInputs("nope"),
                Layer.of("c", LayerKind.RELU).withInputs("c"),
                Layer.of("later", LayerKind.RELU).withInputs("x"));
        assertThat(ps).extracting(NetworkProblem::toString).containsExactly(
                "layers[0].inputs[0] (layer 'a'): 'later' is defined later (layers[4]); a layer may read only the network input or earlier layers",
                "layers[1].name (layer 'a'): duplicate layer name 'a' (first used by layers[0])",
                "layers[2].inputs[0] (layer 'b'): unknown input 'nope' (no earlier layer or network input has that name)",
                "layers[3].inputs[0] (layer 'c'): a layer cannot read its own output 'c'");
    }

    @Test
    void aFailedLayerDoesNotCascade() {
        List<NetworkProblem> ps = problems(Layer.conv2d("c", 4, 20, 1, 0, false),
                Layer.of("r", LayerKind.RELU), Layer.linear("fc", 10, true));
        assertThat(ps).hasSize(1);
    }

    @Test
    void linearNeedsAFlatInput() {
        assertThat(problems(Layer.linear("fc", 10, true))).singleElement().satisfies(p ->
                assertThat(p.reason()).contains("linear needs a flat input (H = W = 1), but 'x' is 1x3x8x8; add a flatten layer first"));
    }

    @Test
    void arityAndPoolPadding() {
        assertThat(problems(Layer.of("s", LayerKind.ADD))).singleElement().satisfies(p ->
                assertThat(p.toString()).isEqualTo("layers[0].inputs (layer 's'): add takes at least 2 inputs, got 1"));
        assertThat(problems(Layer.maxPool("p", 3, 1, 2))).singleElement().satisfies(p ->
                assertThat(p.toString()).contains("layers[0].padding", "must be at most half the kernel (3), got 2"));
    }

    @Test
    void inputNameIsTakenAndEmptyNetworksAreRefused() {
        assertThat(problems(Layer.of("x", LayerKind.RELU))).singleElement().satisfies(p ->
                assertThat(p.reason()).isEqualTo("'x' is already the network input's name"));
        assertThat(problems()).singleElement().satisfies(p ->
                assertThat(p.toString()).isEqualTo("layers: a network needs at least one layer"));
    }

    @Test
    void hugeTensorsAreRefusedNotOverflowed() {
        Network ok = new Network("t", "x", TensorShape.of(1, 1, 1 << 15, 1 << 15), List.of(Layer.of("r", LayerKind.RELU)));
        assertThat(ok.outputShape().elements()).isEqualTo(1L << 30);
        assertThat(ShapeInference.infer("x", TensorShape.of(1, 1, 1 << 15, 1 << 15),
                List.of(Layer.conv2d("c", 1 << 20, 1, 1, 0, false))).problems())
                .singleElement().satisfies(p -> assertThat(p.reason()).contains("the limit is 2^40"));
    }

    @Test
    void constructorThrowsWithEveryProblem() {
        assertThatThrownBy(() -> new Network("bad", "x", IMAGE,
                List.of(Layer.conv2d("c", 4, 20, 1, 0, false), Layer.of("c", LayerKind.RELU).withInputs("x"))))
                .isInstanceOf(InvalidNetworkException.class)
                .hasMessageContaining("network 'bad' is invalid")
                .hasMessageContaining("layers[0].kernel (layer 'c')")
                .hasMessageContaining("layers[1].name (layer 'c'): duplicate layer name");
    }

    @Test
    void layerFactoriesRejectParametersTheKindDoesNotTake() {
        assertThatThrownBy(() -> new Layer("r", LayerKind.RELU, List.of(), 0, Size2.square(3), Size2.ONE,
                Size2.ZERO, Size2.ONE, 1, false)).hasMessageContaining("invalid kernel 3");
        assertThatThrownBy(() -> Layer.conv2d("c", 0, 3, 1, 1, false)).hasMessageContaining("output channels 0");
    }
}
