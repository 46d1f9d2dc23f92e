package org.hwnas.search.space;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hwnas.arch.Architecture;
import org.hwnas.arch.fbnet.FbnetMacro;
import org.hwnas.search.space.fbnet.FbnetSpace;
import org.hwnas.search.space.mbv2.MbNetSpace;
import org.hwnas.search.spi.SearchSpace;
import org.junit.jupiter.api.Test;

/** size() against a count of the distinct candidates that all gene vectors decode to. */
class SpaceSizeTest {

    private static long distinctDecodes(SearchSpace s) {
        Set<Object> seen = new HashSet<>();
        int[] g = new int[s.dimensions()];
        while (true) {
            seen.add(java.util.Arrays.toString(s.encode(s.decode(g)))); // canonical genes identify the candidate
            int k = 0;
            while (k < g.length && ++g[k] == s.cardinality(k)) {
                g[k++] = 0;
            }
            if (k == g.length) {
                return seen.size();
            }
        }
    }

    @Test
    void smallMobileNetSpace() {
        MbNetSpace s = TestSpaces.smallMbv2();
        // five stages of depth 1..2 over 2 blocks (2 + 4 each), last stage 1 block of 2
        assertThat(s.size()).isEqualTo(BigInteger.valueOf(6L * 6 * 6 * 6 * 6 * 2));
        assertThat(distinctDecodes(s)).isEqualTo(s.size().longValue());
    }

    @Test
    void smallFbnetSpace() {
        FbnetSpace s = TestSpaces.smallFbnet();
        // k3_e1 or skip: stages of 1 layer 2 ways, of 4 layers 2 x (skips after 0..3 active) = 8 ways
        assertThat(s.size()).isEqualTo(BigInteger.valueOf(2L * 8 * 8 * 8 * 8 * 8 * 2));
        // all 2^9 gene vectors of the first three stages (layers 0..8), the rest fixed: 2 x 8 x 8 candidates
        Set<String> seen = new HashSet<>();
        for (int code = 0; code < 1 << 9; code++) {
            int[] g = new int[22];
            for (int i = 0; i < 9; i++) {
                g[i] = code >> i & 1;
            }
            seen.add(s.decode(g).text());
        }
        assertThat(seen).hasSize(2 * 8 * 8);
    }

    @Test
    void fullFbnetSpaceIsSmallerThanItsGeneVectors() {
        FbnetSpace s = FbnetSpace.full(FbnetMacro.CIFAR100);
        BigInteger stage = BigInteger.valueOf(9L * (1 + 8 + 64 + 512));
        assertThat(s.size()).isEqualTo(BigInteger.valueOf(81).multiply(stage.pow(5)));
        assertThat(s.size()).isLessThan(BigInteger.valueOf(9).pow(22));
    }

    @Test
    void acceleratorSpace() {
        SearchSpace s = TestSpaces.eyeriss();
        // 168 PEs with both sides >= 2: 14 shapes; 6 x 5 axis dims; 3 scratchpads x 3 scales; 3 bandwidths
        assertThat(s.size()).isEqualTo(BigInteger.valueOf(14L * 30 * 27 * 3));
        assertThat(distinctDecodes(s)).isEqualTo(s.size().longValue());
    }

    @Test
    void fpgaTileSpaceCountsOnlyDesignsThatFit() {
        SearchSpace s = new org.hwnas.search.space.fpga.FpgaTileSpace(TestSpaces.design("zc706-fpga"), List.of(8, 16, 32, 64),
                List.of(4, 8, 16, 32), List.of(7, 14, 28), List.of(7, 14, 28), List.of(2, 4, 8), 224, 5);
        long fits = 0;
        for (int tm : List.of(8, 16, 32, 64)) {
            for (int tn : List.of(4, 8, 16, 32)) {
                for (int tr : List.of(7, 14, 28)) {
                    for (int tc : List.of(7, 14, 28)) {
                        for (int ip : List.of(2, 4, 8)) {
                            for (int wp : List.of(2, 4, 8)) {
                                for (int op : List.of(2, 4, 8)) {
                                    long bram = (2L * tn * (tr + 4) * (tc + 4) + 2L * tm * tr * tc + 25L * tm * tn) * 2;
                                    if (tm * tn <= 900 && 16 * (ip + wp + op) <= 224 && bram <= 2_387_500) {
                                        fits++;
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        assertThat(fits).isBetween(1L, 4L * 4 * 3 * 3 * 27 - 1); // the limits bite
        assertThat(s.size()).isEqualTo(BigInteger.valueOf(fits));
        assertThat(distinctDecodes(s)).isEqualTo(fits);
    }

    @Test
    void productSizeMultiplies() {
        ProductSpace p = new ProductSpace(List.of(TestSpaces.smallMbv2(), TestSpaces.eyeriss()));
        assertThat(p.size()).isEqualTo(TestSpaces.smallMbv2().size().multiply(TestSpaces.eyeriss().size()));
        assertThat(p.dimensions()).isEqualTo(TestSpaces.smallMbv2().dimensions() + TestSpaces.eyeriss().dimensions());
    }
}
