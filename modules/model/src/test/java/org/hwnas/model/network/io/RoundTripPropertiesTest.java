package org.hwnas.model.network.io;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.hwnas.model.doc.DocumentException;
import org.hwnas.model.network.LayerKind;
import org.hwnas.model.network.Network;
import org.hwnas.model.network.NetworkAnalysis;

/** Writing and reading a network gives the same network, and writing is a fixed point. */
class RoundTripPropertiesTest {

    @Property(tries = 300)
    void toJsonThenParseGivesAnEqualNetwork(@ForAll long seed, @ForAll @IntRange(min = 1, max = 25) int size)
            throws DocumentException {
        Network net = RandomNetworks.generate(seed, size);
        String text = NetworkDocument.toText(net);
        Network back = NetworkDocument.parse("<generated>", text);
        assertThat(back).isEqualTo(net);
        assertThat(NetworkDocument.toText(back)).isEqualTo(text);
        assertThat(NetworkAnalysis.of(back).totalMacs()).isEqualTo(NetworkAnalysis.of(net).totalMacs());
    }

    @Property(tries = 50)
    void generatorCoversBranchingNetworks(@ForAll long seed) {
        // guards the property above against a generator that only makes trivial chains
        Network net = RandomNetworks.generate(seed, 25);
        assertThat(net.layers().size()).isGreaterThan(5);
        assertThat(net.layers().stream().map(l -> l.kind()).distinct().count()).isGreaterThan(3);
    }

    @Property(tries = 30)
    void everyKindAppearsSomewhere(@ForAll @IntRange(min = 0, max = 1000) int base) {
        java.util.Set<LayerKind> seen = java.util.EnumSet.noneOf(LayerKind.class);
        for (int i = 0; i < 40; i++) {
            RandomNetworks.generate(base * 40L + i, 25).layers().forEach(l -> seen.add(l.kind()));
        }
        assertThat(seen).containsExactlyInAnyOrder(LayerKind.values());
    }
}
