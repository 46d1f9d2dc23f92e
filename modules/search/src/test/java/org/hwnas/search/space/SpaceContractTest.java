package org.hwnas.search.space;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.hwnas.arch.Architecture;
import org.hwnas.arch.JointArchitecture;
import org.hwnas.arch.NetworkCandidate;
import org.hwnas.search.spi.SearchSpace;

/** What every space promises engines, checked on random candidates of every kind of space. */
class SpaceContractTest {
    private static final List<SearchSpace> SPACES = TestSpaces.all();

    @Provide
    Arbitrary<SearchSpace> spaces() {
        return Arbitraries.of(SPACES);
    }

    /** A member: canonical, its text and its genes lead back to it, genes within their cardinality. */
    private static void assertMember(SearchSpace s, Architecture a) {
        assertThat(a.family()).isEqualTo(s.family());
        assertThat(s.canonical(a)).isEqualTo(a);
        assertThat(s.parse(a.text())).isEqualTo(a);
        int[] g = s.encode(a);
        assertThat(g).hasSize(s.dimensions());
        for (int i = 0; i < g.length; i++) {
            assertThat(g[i]).isBetween(0, s.cardinality(i) - 1);
        }
        assertThat(s.decode(g)).isEqualTo(a);
        assertThat(s.encode(s.decode(g))).isEqualTo(g);
    }

    @Property(tries = 300)
    void samplesAreMembers(@ForAll("spaces") SearchSpace s, @ForAll long seed) {
        assertMember(s, s.sample(new Random(seed)));
    }

    @Property(tries = 300)
    void mutationYieldsAnotherMember(@ForAll("spaces") SearchSpace s, @ForAll long seed) {
        Random rng = new Random(seed);
        Architecture a = s.sample(rng);
        Architecture b = s.mutate(a, rng);
        assertMember(s, b);
        if (s.size().compareTo(BigInteger.ONE) > 0) {
            assertThat(b).isNotEqualTo(a);
        }
    }

    @Property(tries = 300)
    void crossoverYieldsAMemberMadeOfTheParentsGenes(@ForAll("spaces") SearchSpace s, @ForAll long seed) {
        Random rng = new Random(seed);
        Architecture a = s.sample(rng);
        Architecture b = s.sample(rng);
        Architecture c = s.crossover(a, b, rng);
        assertMember(s, c);
        assertThat(s.crossover(a, a, rng)).isEqualTo(a);
    }

    @Property(tries = 300)
    void everyGeneVectorDecodesToAMember(@ForAll("spaces") SearchSpace s, @ForAll long seed) {
        Random rng = new Random(seed);
        int[] g = new int[s.dimensions()];
        for (int i = 0; i < g.length; i++) {
            g[i] = rng.nextInt(s.cardinality(i));
        }
        Architecture a = s.decode(g);
        assertMember(s, a);
        // decoding is idempotent through the canonical encoding
        assertThat(s.decode(s.encode(a))).isEqualTo(a);
    }

    @Property(tries = 40)
    void networkCandidatesBuildARealNetwork(@ForAll("spaces") SearchSpace s, @ForAll long seed) {
        Architecture a = s.sample(new Random(seed));
        JointArchitecture.find(a, NetworkCandidate.class).ifPresent(n -> {
            assertThat(n.network().outputShape().c()).isPositive();
            assertThat(org.hwnas.model.network.NetworkAnalysis.of(n.network()).totalMacs()).isPositive();
        });
    }
}
