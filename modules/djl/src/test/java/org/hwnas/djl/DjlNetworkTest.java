package org.hwnas.djl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import java.util.Map;
import org.hwnas.model.network.Layer;
import org.hwnas.model.network.Network;
import org.hwnas.model.network.NetworkBuilder;
import org.hwnas.model.network.TensorShape;
import org.hwnas.model.network.zoo.ModelZoo;
import org.junit.jupiter.api.Test;

class DjlNetworkTest {

    @Test
    void theEngineIsPyTorchOfflineOnTheCpuHere() {
        DjlRuntime.Info info = DjlRuntime.start();
        assertThat(info.engine()).isEqualTo("PyTorch");
        assertThat(info.version()).startsWith("2.7");
        assertThat(info.threads()).isPositive();
        assertThat(System.getProperty("ai.djl.offline")).isEqualTo("true");
        assertThat(DjlRuntime.device("cpu").isGpu()).isFalse();
        assertThatThrownBy(() -> DjlRuntime.device("tpu")).hasMessage("unknown device 'tpu' (valid: cpu, gpu)");
    }

    @Test
    void sameSeedSameWeightsAndOutputs() {
        Network net = ModelZoo.nb201Cell();
        float[] a = logits(net, 11);
        assertThat(logits(net, 11)).containsExactly(a);
        assertThat(logits(net, 12)).isNotEqualTo(a);
    }

    @Test
    void weightsFollowPyTorchsDefaultBound() {
        NetworkBuilder b = new NetworkBuilder("w", "x", TensorShape.of(1, 8, 5, 5));
        b.convBias("conv", 16, 3, 1, 1);
        try (DjlNetwork d = DjlNetwork.build(b.build(), NetworkBlock.Options.seeded(3))) {
            float[] w = d.weights().get("conv").toFloatArray();
            double bound = 1 / Math.sqrt(8 * 9);
            double maxAbs = 0;
            double sum = 0;
            for (float v : w) {
                maxAbs = Math.max(maxAbs, Math.abs(v));
                sum += v;
            }
            assertThat(w).hasSize(16 * 8 * 9);
            assertThat(maxAbs).isLessThanOrEqualTo(bound).isGreaterThan(0.95 * bound);
            assertThat(Math.abs(sum / w.length)).isLessThan(0.1 * bound);
        }
    }

    @Test
    void layersComputeWhatTheirKindSays() {
        NetworkBuilder b = new NetworkBuilder("ops", "x", TensorShape.of(1, 1, 2, 2));
        String relu = b.relu("relu");
        String six = b.from("x").relu6("relu6");
        String hs = b.from("x").hardswish("hswish");
        String sum = b.add("sum", relu, six, hs);
        b.from(sum).maxPool("max", 2, 2, 0);
        String cat = b.concat("cat", "x", relu);
        b.from(cat).globalAvgPool("gap");
        Network net = b.build();
        try (DjlNetwork d = DjlNetwork.build(net, NetworkBlock.Options.seeded(0));
             NDManager m = d.newBatchManager()) {
            Map<String, NDArray> t = d.forwardAll(m.create(new float[] {-4, -1, 2, 8}, new Shape(1, 1, 2, 2)), false);
            assertThat(t.get("relu").toFloatArray()).containsExactly(0, 0, 2, 8);
            assertThat(t.get("relu6").toFloatArray()).containsExactly(0, 0, 2, 6);
            // hardswish(x) = x * relu6(x + 3) / 6
            assertThat(t.get("hswish").toFloatArray()).containsExactly(new float[] {0, -1f * 2 / 6, 2f * 5 / 6, 8}, within(1e-6f));
            assertThat(t.get("max").toFloatArray()).containsExactly(6 + 8 + 8);
            assertThat(t.get("gap").toFloatArray()).containsExactly(5f / 4, 10f / 4);
        }
    }

    @Test
    void aLayerRunsAloneOnGivenInputs() {
        NetworkBuilder b = new NetworkBuilder("lin", "x", TensorShape.flat(1, 2));
        b.layer(Layer.linear("fc", 1, false));
        try (DjlNetwork d = DjlNetwork.build(b.build(), NetworkBlock.Options.seeded(0));
             NDManager m = d.newBatchManager()) {
            d.weights().get("fc").set(new float[] {2, -3});
            NDArray y = d.forwardLayer(0, new NDList(m.create(new float[] {1, 1, 5, 1}, new Shape(2, 2, 1, 1))), false);
            assertThat(y.getShape()).isEqualTo(new Shape(2, 1, 1, 1));
            assertThat(y.toFloatArray()).containsExactly(-1, 7);
        }
    }

    private static float[] logits(Network net, long seed) {
        try (DjlNetwork d = DjlNetwork.build(net, NetworkBlock.Options.seeded(seed), DataType.FLOAT32);
             NDManager m = d.newBatchManager()) {
            float[] in = new float[3 * 32 * 32];
            for (int i = 0; i < in.length; i++) {
                in[i] = (i % 17) / 17f;
            }
            return d.forward(m.create(in, new Shape(1, 3, 32, 32)), false).toFloatArray();
        }
    }
}
