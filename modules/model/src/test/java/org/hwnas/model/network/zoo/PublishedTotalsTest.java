package org.hwnas.model.network.zoo;

import static org.assertj.core.api.Assertions.assertThat;

import org.hwnas.model.network.Network;
import org.hwnas.model.network.NetworkAnalysis;
import org.hwnas.model.network.TensorShape;
import org.junit.jupiter.api.Test;

/**
 * The examples reproduce published totals: parameters exactly as torchvision's model cards
 * ({@code num_params}), MACs to the two decimals torchvision publishes as "GFLOPS" (which count
 * multiply-accumulates of conv and linear layers).
 */
class PublishedTotalsTest {

    @Test
    void alexnet() {
        check(ModelZoo.alexnet(), 61_100_840L, 0.71e9, 1000);
    }

    @Test
    void vgg16() {
        check(ModelZoo.vgg16(), 138_357_544L, 15.47e9, 1000);
    }

    @Test
    void resnet18() {
        check(ModelZoo.resnet18(), 11_689_512L, 1.81e9, 1000);
    }

    @Test
    void resnet50() {
        check(ModelZoo.resnet50(), 25_557_032L, 4.09e9, 1000);
    }

    @Test
    void mobilenetV2() {
        check(ModelZoo.mobilenetV2(), 3_504_872L, 0.30e9, 1000);
    }

    @Test
    void exactMacCountsOfTheWellKnownNets() {
        // widely reproduced conv+linear MAC counts (e.g. by ptflops/thop for these torchvision models)
        assertThat(NetworkAnalysis.of(ModelZoo.resnet50()).totalMacs()).isEqualTo(4_089_184_256L);
        assertThat(NetworkAnalysis.of(ModelZoo.resnet18()).totalMacs()).isEqualTo(1_814_073_344L);
        assertThat(NetworkAnalysis.of(ModelZoo.mobilenetV2()).totalMacs()).isEqualTo(300_774_272L);
    }

    private static void check(Network net, long params, double macs, int classes) {
        NetworkAnalysis a = NetworkAnalysis.of(net);
        assertThat(a.totalParams()).as("params of " + net.name()).isEqualTo(params);
        // published to two decimals of GMACs: within half a unit of the last digit
        assertThat((double) a.totalMacs()).as("MACs of " + net.name()).isCloseTo(macs, org.assertj.core.api.Assertions.within(0.005e9));
        assertThat(a.outputShape()).isEqualTo(TensorShape.flat(1, classes));
    }
}
