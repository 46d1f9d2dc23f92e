package org.hwnas.arch.fbnet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Collections;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.hwnas.model.network.NetworkAnalysis;
import org.junit.jupiter.api.Test;

class FbnetArchTest {

    @Test
    void allSkipOnCifarCountedByHand() {
        int[] ids = new int[22];
        Arrays.fill(ids, 8);
        NetworkAnalysis a = NetworkAnalysis.of(FbnetArch.ofIds(ids, FbnetMacro.CIFAR100).network());
        // stem 3x3 3->16 at 32x32; 1x1 shape-changing skips 16->24 (32x32), 24->32 (/2), 32->64 (/2),
        // 64->112, 112->184 (/2), 184->352; head 352->1504 at 4x4; fc 1504->100
        long macs = 32L * 32 * 16 * 27 + 32L * 32 * 24 * 16 + 16L * 16 * 32 * 24 + 8L * 8 * 64 * 32 + 8L * 8 * 112 * 64
                + 4L * 4 * 184 * 112 + 4L * 4 * 352 * 184 + 4L * 4 * 1504 * 352 + 1504L * 100;
        assertThat(a.totalMacs()).isEqualTo(macs).isEqualTo(11_608_960L);
        long convs = 432 + 384 + 768 + 2048 + 7168 + 20608 + 64768 + 529408;
        long bn = 2L * (16 + 24 + 32 + 64 + 112 + 184 + 352 + 1504);
        assertThat(a.totalParams()).isEqualTo(convs + bn + 1504 * 100 + 100).isEqualTo(780_660L);
    }

    @Test
    void groupedBlockCountedByHand() {
        int[] ids = new int[22];
        Arrays.fill(ids, 8);
        ids[2] = 1; // k3_e1_g2 at the second layer of stage 1: 24 -> 24 at 32x32, stride 1
        long base = NetworkAnalysis.of(FbnetArch.ofIds(new int[] {8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8},
                FbnetMacro.CIFAR100).network()).totalMacs();
        NetworkAnalysis a = NetworkAnalysis.of(FbnetArch.ofIds(ids, FbnetMacro.CIFAR100).network());
        long block = 2 * (32L * 32 * 24 * 12) + 32L * 32 * 24 * 9; // two grouped 1x1 (g2) + depthwise 3x3
        assertThat(a.totalMacs() - base).isEqualTo(block);
    }

    @Test
    void helpsFirstSampleBuildsAndKeepsItsText() {
        // HELP fbnet_help_latency.csv sample 0
        String ids = "7 8 1 8 4 8 8 8 7 4 1 4 7 3 2 7 3 2 4 2 4 5";
        FbnetArch a = FbnetArch.parse(ids, FbnetMacro.CIFAR100);
        assertThat(a.text()).isEqualTo("k5_e6 skip k3_e1_g2 skip k5_e1 skip skip skip k5_e6 k5_e1 k3_e1_g2 k5_e1 k5_e6 k3_e6 k3_e3 k5_e6 "
                + "k3_e6 k3_e3 k5_e1 k3_e3 k5_e1 k5_e1_g2");
        assertThat(FbnetArch.parse(a.text(), FbnetMacro.CIFAR100)).isEqualTo(a);
        assertThat(a.network().outputShape().c()).isEqualTo(100);
        assertThat(FbnetArch.parse(ids, FbnetMacro.IMAGENET).network().outputShape().c()).isEqualTo(1000);
        // stage 1 = layers 1..4: skip (shape-changing, stays), k3_e1_g2, skip, k5_e1 -> identity skip moves last
        assertThat(a.canonical().text()).startsWith("k5_e6 skip k3_e1_g2 k5_e1 skip ");
    }

    @Property
    void canonicalFormIsIdempotentKeepsTheNetworkCostAndPutsIdentitySkipsLast(
            @ForAll @Size(22) java.util.List<@IntRange(min = 0, max = 8) Integer> ids) {
        FbnetArch a = FbnetArch.ofIds(ids.stream().mapToInt(Integer::intValue).toArray(), FbnetMacro.CIFAR100);
        FbnetArch c = a.canonical();
        assertThat(c.canonical()).isEqualTo(c);
        NetworkAnalysis x = NetworkAnalysis.of(a.network());
        NetworkAnalysis y = NetworkAnalysis.of(c.network());
        assertThat(y.totalMacs()).isEqualTo(x.totalMacs());
        assertThat(y.totalParams()).isEqualTo(x.totalParams());
        for (int s = 1; s < 6; s++) {
            int first = FbnetMacro.firstLayer(s);
            boolean seenSkip = false;
            for (int i = first + 1; i < first + 4; i++) {
                assertThat(seenSkip && !c.ops().get(i).isSkip()).as("non-skip after an identity skip").isFalse();
                seenSkip |= c.ops().get(i).isSkip();
            }
        }
        assertThat(Collections.frequency(c.ops(), FbnetOp.SKIP)).isEqualTo(Collections.frequency(a.ops(), FbnetOp.SKIP));
    }

    @Test
    void badTextSaysWhy() {
        assertThatThrownBy(() -> FbnetArch.parse("k3_e1", FbnetMacro.CIFAR100)).hasMessageContaining("expected 22 ops, got 1");
        assertThatThrownBy(() -> FbnetArch.parse("k9_e1 " + "skip ".repeat(21), FbnetMacro.CIFAR100))
                .hasMessageContaining("unknown FBNet op 'k9_e1'");
        assertThatThrownBy(() -> FbnetOp.ofId(9)).hasMessageContaining("0..8");
    }
}
