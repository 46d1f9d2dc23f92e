package org.hwnas.accuracy.zerocost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import java.util.List;
import java.util.Map;
import org.hwnas.djl.DjlNetwork;
import org.hwnas.djl.NetworkBlock;
import org.hwnas.model.network.Network;
import org.hwnas.model.network.NetworkBuilder;
import org.hwnas.model.network.Layer;
import org.hwnas.model.network.TensorShape;
import org.junit.jupiter.api.Test;

/** Proxies on networks small enough to compute by hand. */
class HandCheckedProxiesTest {

    /** x (2 features) -> fc1 (3, no bias) -> fc2 (1, no bias). */
    static Network twoLinear() {
        NetworkBuilder b = new NetworkBuilder("tiny", "x", TensorShape.flat(1, 2));
        b.layer(Layer.linear("fc1", 3, false));
        b.layer(Layer.linear("fc2", 1, false));
        return b.build();
    }

    @Test
    void synflowOfALinearChainIsTwiceTheAbsolutePathSum() {
        try (DjlNetwork net = DjlNetwork.build(twoLinear(), NetworkBlock.Options.seeded(1).withoutBatchNorm(), DataType.FLOAT64)) {
            Map<String, NDArray> w = net.weights();
            w.get("fc1").set(new double[] {1, -2, 3, 0.5, -1, 1});
            w.get("fc2").set(new double[] {2, -1, 0.5});
            // R = |W2| |W1| 1 = [2, 1, 0.5] . [3, 3.5, 2] = 10.5; in a bias-free chain each layer's
            // sum of w * dR/dw equals R, so two layers give 2R
            assertThat(Synflow.score(net)).isCloseTo(21.0, within(1e-9));
        }
    }

    @Test
    void gradNormSnipAndNaswotOfOneLinearLayer() {
        NetworkBuilder b = new NetworkBuilder("one", "x", TensorShape.flat(1, 2));
        b.relu("relu");
        b.layer(Layer.linear("fc", 2, false));
        try (DjlNetwork net = DjlNetwork.build(b.build(), NetworkBlock.Options.seeded(1));
             NDManager m = net.newBatchManager()) {
            net.weights().get("fc").set(new float[] {1, 0, 0, 1});
            NDArray x = m.create(new float[] {1, 2}, new Shape(1, 2, 1, 1));
            Map<Proxy, Double> s = ZeroCostEvaluator.miniBatchScores(net, x, m.create(new long[] {0}));
            // logits z = [1, 2], p = softmax(z), dL/dz = p - [1, 0] = [-a, a] with a = e^2 / (e + e^2)
            double a = Math.exp(2) / (Math.exp(1) + Math.exp(2));
            // dL/dW = dz x^T = [[-a, -2a], [a, 2a]]
            assertThat(s.get(Proxy.GRAD_NORM)).isCloseTo(a * Math.sqrt(10), within(1e-5));
            assertThat(s.get(Proxy.SNIP)).isCloseTo(a + 2 * a, within(1e-5));
            // one input, two active units: K = [[2]]
            assertThat(s.get(Proxy.NASWOT)).isCloseTo(Math.log(2), within(1e-9));
        }
    }

    @Test
    void naswotKernelCountsAgreeingUnits() {
        try (NDManager m = NDManager.newBaseManager()) {
            // codes [1, 0, 1] and [0, 0, 1]: they agree on 2 of 3 units, K = [[3, 2], [2, 3]], det 5
            NDArray layer1 = m.create(new float[] {0.5f, -1, 2, -0.3f, -2, 1}, new Shape(2, 3));
            double[][] k = Naswot.kernel(List.of(layer1));
            assertThat(k).isEqualTo(new double[][] {{3, 2}, {2, 3}});
            assertThat(Naswot.logDet(k)).isCloseTo(Math.log(5), within(1e-12));
            // a second layer where both are active on its one unit adds 1 everywhere: [[4, 3], [3, 4]], det 7
            NDArray layer2 = m.create(new float[] {1, 4}, new Shape(2, 1));
            assertThat(Naswot.logDet(Naswot.kernel(List.of(layer1, layer2)))).isCloseTo(Math.log(7), within(1e-12));
            // identical codes: singular kernel
            NDArray same = m.create(new float[] {1, -1, 2, -3}, new Shape(2, 2));
            assertThat(Naswot.logDet(Naswot.kernel(List.of(same)))).isEqualTo(Double.NEGATIVE_INFINITY);
        }
    }
}
