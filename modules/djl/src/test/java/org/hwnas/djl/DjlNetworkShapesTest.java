package org.hwnas.djl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.Map;
import java.util.stream.Stream;
import org.hwnas.model.network.LayerInfo;
import org.hwnas.model.network.LayerKind;
import org.hwnas.model.network.Network;
import org.hwnas.model.network.NetworkAnalysis;
import org.hwnas.model.network.NetworkBuilder;
import org.hwnas.model.network.Size2;
import org.hwnas.model.network.TensorShape;
import org.hwnas.model.network.Layer;
import org.hwnas.model.network.zoo.ModelZoo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every tensor DJL computes has the shape the model's shape inference predicts. */
class DjlNetworkShapesTest {

    /** The example networks at a small input (batch 2), so the test stays fast. */
    static Stream<Arguments> examples() {
        return ModelZoo.examples().entrySet().stream().map(e -> {
            Network n = e.getValue();
            int size = n.inputShape().h() >= 224 ? 64 : n.inputShape().h();
            return Arguments.of(e.getKey(), new Network(n.name(), n.inputName(),
                    TensorShape.of(2, n.inputShape().c(), size, size), n.layers()));
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void everyLayerOfTheExamplesHasTheInferredShape(String name, Network network) {
        assertShapesMatch(network);
    }

    @Test
    void everyLayerKindHasTheInferredShape() {
        NetworkBuilder b = new NetworkBuilder("kinds", "x", TensorShape.of(3, 4, 11, 9));
        String a = b.layer(Layer.conv2d("dilated", 6, Size2.of(3, 2), Size2.of(2, 1), Size2.of(2, 1), Size2.of(2, 1), 2, true));
        b.bn("bn");
        b.relu6("relu6");
        String p = b.maxPool("max", 3, 2, 1);
        String q = b.from(a).avgPool("avg", 2, 2, 0);
        b.from(p).hardswish("hswish");
        String s = b.sigmoid("sigmoid");
        String z = b.from(a).zero("zero", 2);
        String cat = b.concat("cat", s, q, z);
        b.depthwise("dw", 18, 3, 1, 1);
        String i = b.identity("id");
        b.add("sum", i, cat);
        b.relu("relu");
        b.globalAvgPool("gap");
        b.flatten("flat");
        b.linear("fc", 5);
        Network network = b.build();
        assertThat(network.layers()).extracting(Layer::kind).containsAll(java.util.EnumSet.allOf(LayerKind.class));
        assertShapesMatch(network);
    }

    @Test
    void anyBatchSizeRunsButOtherImageSizesAreRefused() {
        Network net = ModelZoo.nb201Cell();
        try (DjlNetwork d = DjlNetwork.build(net, NetworkBlock.Options.seeded(1));
             NDManager m = d.newBatchManager()) {
            assertThat(d.forward(m.ones(new Shape(3, 3, 32, 32)), false).getShape()).isEqualTo(new Shape(3, 10, 1, 1));
            assertThatThrownBy(() -> d.forward(m.ones(new Shape(1, 3, 28, 28)), false))
                    .hasMessageContaining("takes N x 3 x 32 x 32 input, got (1, 3, 28, 28)");
        }
    }

    static void assertShapesMatch(Network network) {
        try (DjlNetwork d = DjlNetwork.build(network, NetworkBlock.Options.seeded(7));
             NDManager m = d.newBatchManager()) {
            Map<String, NDArray> all = d.forwardAll(m.randomNormal(DjlShapes.of(network.inputShape())), false);
            for (LayerInfo info : NetworkAnalysis.of(network).layers()) {
                assertThat(DjlShapes.toModel(all.get(info.name()).getShape())).as(info.name()).isEqualTo(info.output());
            }
        }
    }
}
