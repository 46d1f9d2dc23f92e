package org.hwnas.arch.nb201;

import org.hwnas.model.network.zoo.Nb201Op;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Nb201CellTest {
    static final String ARCH0 = "|avg_pool_3x3~0|+|nor_conv_1x1~0|skip_connect~1|+|nor_conv_1x1~0|skip_connect~1|skip_connect~2|";

    @Test
    void parsesEdgesInArchStringOrder() {
        Nb201Cell c = Nb201Cell.parse(ARCH0);
        assertThat(c.ops()).containsExactly(Nb201Op.AVG_POOL_3X3, Nb201Op.NOR_CONV_1X1, Nb201Op.SKIP_CONNECT,
                Nb201Op.NOR_CONV_1X1, Nb201Op.SKIP_CONNECT, Nb201Op.SKIP_CONNECT);
        // base 5, edge 1<-0 most significant: 4,2,1,2,1,1
        assertThat(c.code()).isEqualTo(4 * 3125 + 2 * 625 + 125 + 2 * 25 + 5 + 1);
        assertThat(c.text()).isEqualTo(ARCH0);
    }

    @Test
    void everyCodeRoundTripsThroughText() {
        for (int code = 0; code < Nb201Cell.COUNT; code++) {
            Nb201Cell c = new Nb201Cell(code);
            assertThat(Nb201Cell.parse(c.text())).isEqualTo(c);
        }
    }

    @Test
    void withChangesOneEdge() {
        Nb201Cell c = Nb201Cell.parse(ARCH0).with(5, Nb201Op.NONE);
        assertThat(c.text()).endsWith("|skip_connect~1|none~2|");
        assertThat(c.op(0)).isEqualTo(Nb201Op.AVG_POOL_3X3);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "|avg_pool_3x3~0|+|nor_conv_1x1~0|skip_connect~1|;expected 3 node groups",
        "|conv~0|+|nor_conv_1x1~0|skip_connect~1|+|nor_conv_1x1~0|skip_connect~1|skip_connect~2|;unknown NB201 op 'conv' (valid: none, skip_connect",
        "|none~1|+|none~0|none~1|+|none~0|none~1|none~2|;must read op~0",
        "|none~0|+|none~0|+|none~0|none~1|none~2|;node 2 must have 2 input(s)",
        "none~0|+|none~0|none~1|+|none~0|none~1|none~2|;must start and end with '|'",
        "'';expected 3 node groups",
    })
    void badStringsSayWhy(String text, String reason) {
        assertThatThrownBy(() -> Nb201Cell.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("not an NB201 cell")
                .hasMessageContaining(reason);
    }

    @Test
    void codeOutOfRangeIsRefused() {
        assertThatThrownBy(() -> new Nb201Cell(15_625)).hasMessageContaining("0..15624");
    }

    @Test
    void officialArchIndexMatchesTheTable() {
        assertThat(Nb201Cell.parse(ARCH0).archIndex()).isZero();
        assertThat(Nb201Cell.parse("|nor_conv_3x3~0|+|nor_conv_3x3~0|avg_pool_3x3~1|+|skip_connect~0|nor_conv_3x3~1|skip_connect~2|")
                .archIndex()).isEqualTo(1);
        for (int i = 0; i < Nb201Cell.COUNT; i++) {
            assertThat(Nb201ArchIndex.cell(i).archIndex()).isEqualTo(i);
        }
        assertThatThrownBy(() -> Nb201ArchIndex.cell(-1)).hasMessageContaining("0..15624, got -1");
    }
}
