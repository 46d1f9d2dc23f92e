package org.hwnas.accuracy.zerocost;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import org.hwnas.accuracy.spi.AccuracyEstimator;
import org.hwnas.accuracy.spi.AccuracyMetric;
import org.hwnas.arch.NetworkCandidate;
import org.hwnas.arch.fbnet.FbnetArch;
import org.hwnas.arch.fbnet.FbnetMacro;
import org.hwnas.arch.mbv2.MbMacro;
import org.hwnas.arch.mbv2.MbNetArch;
import org.hwnas.djl.DjlRuntime;
import org.hwnas.model.network.Network;
import org.hwnas.model.network.NetworkAnalysis;
import org.junit.jupiter.api.Test;

/** zero-cost on candidates that bring their own network (MobileNetV2-style), at small resolutions to stay fast. */
class NetworkCandidateProxiesTest {
    static final MbMacro SMALL = new MbMacro(32, 10);
    static final MbMacro UPSCALED = new MbMacro(48, 10);

    @Test
    void paramsAndFlopsAreTheNetworksOwnCounts() {
        MbNetArch a = MbNetArch.mobilenetV2(1.0, SMALL);
        AccuracyEstimator e = new ZeroCostEstimator(new ZeroCostOptions(8, 0));
        Network net = a.network();
        assertThat(e.estimate(a, ZeroCostEstimator.metric(Proxy.PARAMS)).getAsDouble()).isEqualTo((double) NetworkAnalysis.of(net).totalParams());
        assertThat(e.estimate(a, ZeroCostEstimator.metric(Proxy.FLOPS)).getAsDouble()).isEqualTo((double) NetworkAnalysis.of(net).totalMacs());
        // MobileNetV2 1.0 with a 10-class head: 2,236,682 parameters (torchvision's 3,504,872 at 1000 classes minus 990 x 1281)
        assertThat(NetworkAnalysis.of(net).totalParams()).isEqualTo(3_504_872L - 990L * 1281L);
    }

    @Test
    void synflowIsDeterministicFiniteAndGrowsWithWidth() {
        Proxy p = Proxy.SYNFLOW;
        double narrow = new ZeroCostEstimator(new ZeroCostOptions(8, 0)).estimate(MbNetArch.mobilenetV2(0.5, SMALL), ZeroCostEstimator.metric(p)).getAsDouble();
        double wide = new ZeroCostEstimator(new ZeroCostOptions(8, 0)).estimate(MbNetArch.mobilenetV2(1.0, SMALL), ZeroCostEstimator.metric(p)).getAsDouble();
        double again = new ZeroCostEstimator(new ZeroCostOptions(8, 0)).estimate(MbNetArch.mobilenetV2(1.0, SMALL), ZeroCostEstimator.metric(p)).getAsDouble();
        assertThat(wide).isFinite().isEqualTo(again).isGreaterThan(narrow);
        assertThat(narrow).isPositive();
    }

    @Test
    void miniBatchProxiesRunOnAnUpscaledInput() {
        AccuracyEstimator e = new ZeroCostEstimator(new ZeroCostOptions(8, 0));
        MbNetArch a = MbNetArch.mobilenetV2(0.5, UPSCALED);
        double naswot = e.estimate(a, ZeroCostEstimator.metric(Proxy.NASWOT)).getAsDouble();
        assertThat(naswot).isFinite().isPositive();
        assertThat(e.estimate(a, ZeroCostEstimator.metric(Proxy.GRAD_NORM)).getAsDouble()).isFinite().isPositive();
    }

    @Test
    void anyNetworkCandidateOfAListedFamilyIsAccepted() {
        MbNetArch a = MbNetArch.mobilenetV2(0.5, SMALL);
        NetworkCandidate channelScaled = new NetworkCandidate() {
            public String family() {
                return "mbv2-ch";
            }

            public String text() {
                return "stand-in";
            }

            public Network network() {
                return a.network();
            }
        };
        AccuracyEstimator e = new ZeroCostEstimator(new ZeroCostOptions(8, 0));
        assertThat(e.estimate(channelScaled, ZeroCostEstimator.metric(Proxy.SYNFLOW)).getAsDouble())
                .isEqualTo(e.estimate(a, ZeroCostEstimator.metric(Proxy.SYNFLOW)).getAsDouble());
    }

    @Test
    void fbnetCandidatesScoreOnTheirOwnNetwork() {
        int[] e3 = new int[FbnetMacro.LAYERS];
        int[] e6 = new int[FbnetMacro.LAYERS];
        java.util.Arrays.fill(e3, 2); // k3_e3
        java.util.Arrays.fill(e6, 3); // k3_e6: the same network with twice the hidden channels
        FbnetArch narrow = FbnetArch.ofIds(e3, FbnetMacro.CIFAR10);
        FbnetArch wide = FbnetArch.ofIds(e6, FbnetMacro.CIFAR10);
        AccuracyEstimator e = new ZeroCostEstimator(new ZeroCostOptions(8, 0));
        AccuracyMetric synflow = ZeroCostEstimator.metric(Proxy.SYNFLOW);
        assertThat(e.estimate(wide, synflow).getAsDouble()).isFinite().isGreaterThan(e.estimate(narrow, synflow).getAsDouble());
        assertThat(e.estimate(wide, ZeroCostEstimator.metric(Proxy.PARAMS)).getAsDouble())
                .isEqualTo((double) NetworkAnalysis.of(wide.network()).totalParams());
        assertThat(e.estimate(narrow, ZeroCostEstimator.metric(Proxy.NASWOT)).getAsDouble()).isFinite().isPositive();
    }

    @Test
    void upscaleRepeatsEachPixelNearestNeighbour() {
        DjlRuntime.start();
        try (NDManager m = NDManager.newBaseManager()) {
            NDArray x = m.create(new float[] {1, 2, 3, 4}, new Shape(1, 1, 2, 2));
            NDArray y = ZeroCostEvaluator.upscale(m, x, 4);
            assertThat(y.getShape()).isEqualTo(new Shape(1, 1, 4, 4));
            assertThat(y.toFloatArray()).containsExactly(1, 1, 2, 2, 1, 1, 2, 2, 3, 3, 4, 4, 3, 3, 4, 4);
        }
    }
}
