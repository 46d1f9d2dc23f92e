package org.hwnas.search.space;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.hwnas.arch.Architecture;
import org.hwnas.arch.nb201.Nb201Cell;
import org.hwnas.arch.nb201.Nb201Isomorphism;
import org.hwnas.model.network.zoo.Nb201Op;
import org.junit.jupiter.api.Test;

class Nb201SpaceTest {
    private static final Nb201Space FULL = Nb201Space.full();

    @Test
    void oneCandidatePerIsomorphismClass() {
        assertThat(FULL.size()).isEqualTo(BigInteger.valueOf(4930));
        Random rng = new Random(3);
        Set<Architecture> seen = new HashSet<>();
        for (int i = 0; i < 20_000; i++) {
            Nb201Cell c = (Nb201Cell) FULL.sample(rng);
            assertThat(Nb201Isomorphism.isCanonical(c)).isTrue();
            seen.add(c);
        }
        // uniform over 4,930 classes: 20,000 draws miss a class with probability ~e^-4 each
        assertThat(seen.size()).isBetween(4700, 4930);
    }

    @Property
    void mutationMovesToAnotherCanonicalCandidate(@ForAll long seed) {
        Random rng = new Random(seed);
        Architecture a = FULL.sample(rng);
        Architecture b = FULL.mutate(a, rng);
        assertThat(b).isNotEqualTo(a);
        assertThat(Nb201Isomorphism.isCanonical((Nb201Cell) b)).isTrue();
    }

    @Property
    void encodeDecodeRoundTrips(@ForAll long seed) {
        Random rng = new Random(seed);
        Architecture a = FULL.sample(rng);
        assertThat(FULL.decode(FULL.encode(a))).isEqualTo(a);
        Architecture child = FULL.crossover(a, FULL.sample(rng), rng);
        assertThat(FULL.canonical(child)).isEqualTo(child);
        assertThat(FULL.parse(a.text())).isEqualTo(a);
    }

    @Test
    void restrictedOpsShrinkTheSpace() {
        Nb201Space convs = new Nb201Space(EnumSet.of(Nb201Op.NOR_CONV_3X3));
        assertThat(convs.size()).isEqualTo(BigInteger.ONE);
        Nb201Space two = new Nb201Space(EnumSet.of(Nb201Op.NOR_CONV_3X3, Nb201Op.SKIP_CONNECT));
        assertThat(two.size().intValue()).isLessThanOrEqualTo(64).isGreaterThan(1);
        Random rng = new Random(1);
        for (int i = 0; i < 200; i++) {
            int[] g = two.encode(two.sample(rng));
            assertThat(java.util.Arrays.stream(g).allMatch(x -> x == 0 || x == 1)).isTrue();
        }
        assertThatThrownBy(() -> two.parse("|avg_pool_3x3~0|+|nor_conv_3x3~0|nor_conv_3x3~1|+|nor_conv_3x3~0|nor_conv_3x3~1|nor_conv_3x3~2|"))
                .hasMessageContaining("uses ops outside this space");
        assertThatThrownBy(() -> new Nb201Space(EnumSet.noneOf(Nb201Op.class))).hasMessageContaining("at least one op");
    }
}
