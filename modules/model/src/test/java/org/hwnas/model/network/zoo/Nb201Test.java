package org.hwnas.model.network.zoo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Collections;
import org.hwnas.model.network.LayerInfo;
import org.hwnas.model.network.LayerKind;
import org.hwnas.model.network.Network;
import org.hwnas.model.network.NetworkAnalysis;
import org.hwnas.model.network.TensorShape;
import org.junit.jupiter.api.Test;

/**
 * NAS-Bench-201 networks. The benchmark paper gives CIFAR-10 ranges of 0.073-1.531 M parameters and
 * 7.78-220.11 M FLOPs (multiply-accumulates of convs and the classifier): the all-{@code none} and
 * all-{@code nor_conv_3x3} cells must hit both ends.
 */
class Nb201Test {
    private static final String ALL_NONE = "|none~0|+|none~0|none~1|+|none~0|none~1|none~2|";
    private static final String ALL_CONV3 =
            "|nor_conv_3x3~0|+|nor_conv_3x3~0|nor_conv_3x3~1|+|nor_conv_3x3~0|nor_conv_3x3~1|nor_conv_3x3~2|";

    @Test
    void smallestCellMatchesThePublishedLowerEnd() {
        NetworkAnalysis a = NetworkAnalysis.of(Nb201.network(ALL_NONE));
        assertThat(a.totalParams()).isEqualTo(73_306L);      // 0.073 M
        assertThat(a.totalMacs()).isEqualTo(7_783_040L);      // 7.78 M
    }

    @Test
    void largestCellMatchesThePublishedUpperEnd() {
        NetworkAnalysis a = NetworkAnalysis.of(Nb201.network(ALL_CONV3));
        assertThat(a.totalParams()).isEqualTo(1_531_546L);   // 1.531 M
        assertThat(a.totalMacs()).isEqualTo(220_119_680L);    // 220.11 M
        assertThat(a.outputShape()).isEqualTo(TensorShape.flat(1, 10));
    }

    @Test
    void exampleCellStructure() {
        Network net = ModelZoo.nb201Cell();
        NetworkAnalysis a = NetworkAnalysis.of(net);
        // five 3x3 convs per cell, 15 cells; plus stem, 2x3 reduction convs
        long cellConvs = a.layers().stream().filter(l -> l.kind() == LayerKind.CONV2D && l.name().contains(".edge")).count();
        assertThat(cellConvs).isEqualTo(15 * 5);
        assertThat(a.layers()).filteredOn(l -> l.kind() == LayerKind.IDENTITY).hasSize(15);
        assertThat(a.layer("cells.5.add").map(LayerInfo::output)).contains(TensorShape.of(1, 32, 16, 16));
        assertThat(a.layer("cells.11.add").map(LayerInfo::output)).contains(TensorShape.of(1, 64, 8, 8));
        assertThat(a.layer("cells.16.node3").map(LayerInfo::output)).contains(TensorShape.of(1, 64, 8, 8));
        assertThat(net.layer("cells.0.node2").orElseThrow().inputs())
                .containsExactly("cells.0.edge2_0.bn", "cells.0.edge2_1.bn");
        assertThat(a.totalParams()).isEqualTo(73_306L + 5 * (5 * 2336L + 5 * 9280L + 5 * 36992L));
    }

    @Test
    void everyOpBuilds() {
        for (Nb201Op op : Nb201Op.values()) {
            String arch = new Nb201Arch(Collections.nCopies(6, op)).toString();
            assertThat(NetworkAnalysis.of(Nb201.network(arch)).outputShape()).isEqualTo(TensorShape.flat(1, 10));
        }
        // a cell with an avg pool and a 1x1 conv: pool has no parameters, the 1x1 conv C*C + BN 2C
        Network net = Nb201.network("|avg_pool_3x3~0|+|none~0|none~1|+|none~0|none~1|nor_conv_1x1~2|");
        assertThat(NetworkAnalysis.of(net).totalParams()).isEqualTo(73_306L + 5 * (288L + 1088L + 4224L));
    }

    @Test
    void archStringsRoundTripAndBadOnesSayWhy() {
        assertThat(Nb201Arch.parse(Nb201.EXAMPLE_ARCH).toString()).isEqualTo(Nb201.EXAMPLE_ARCH);
        assertThat(Nb201Arch.parse(Nb201.EXAMPLE_ARCH).op(3, 0)).isEqualTo(Nb201Op.SKIP_CONNECT);
        assertThatThrownBy(() -> Nb201Arch.parse("|conv~0|+|none~0|none~1|+|none~0|none~1|none~2|"))
                .hasMessageContaining("unknown operation 'conv' (valid: none, skip_connect, nor_conv_1x1, nor_conv_3x3, avg_pool_3x3)");
        assertThatThrownBy(() -> Nb201Arch.parse("|none~0|+|none~0|none~1|"))
                .hasMessageContaining("expected 3 nodes");
        assertThatThrownBy(() -> Nb201Arch.parse("|none~0|+|none~1|none~0|+|none~0|none~1|none~2|"))
                .hasMessageContaining("edge 'none~1' into node 2 must end with '~0'");
        assertThatThrownBy(() -> Nb201Arch.parse("|none~0|+|none~0|+|none~0|none~1|none~2|"))
                .hasMessageContaining("node 2 needs 2 edges, got 1");
    }

    @Test
    void scaledNetworks() {
        Network wide = Nb201.network("wide", Nb201Arch.parse(ALL_CONV3), 32, 1, 100);
        assertThat(NetworkAnalysis.of(wide).outputShape()).isEqualTo(TensorShape.flat(1, 100));
        assertThat(NetworkAnalysis.of(wide).layer("cells.1.add").map(LayerInfo::output))
                .contains(TensorShape.of(1, 64, 16, 16));
    }
}
