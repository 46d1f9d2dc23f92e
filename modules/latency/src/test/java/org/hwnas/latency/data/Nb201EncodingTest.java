package org.hwnas.latency.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.hwnas.arch.nb201.Nb201Cell;
import org.junit.jupiter.api.Test;

class Nb201EncodingTest {

    @Test
    void oneHotIsOneProxysLayout() {
        Nb201Cell c = Nb201Cell.parse(LatencyCsvTest.B); // avg_pool, conv1x1, skip, conv1x1, skip, skip
        double[] x = Nb201Encoding.oneHot(c);
        assertThat(x).hasSize(31);
        assertThat(IntStream.range(0, 31).filter(i -> x[i] == 1).toArray()).containsExactly(4, 7, 11, 17, 21, 26, 30);
    }

    @Test
    void deadEdgesReadAsNone() {
        // node 1 gets conv(x), but nothing leaves node 1 except a none edge: edge 1<-0 is dead
        Nb201Cell c = Nb201Cell.parse("|nor_conv_3x3~0|+|skip_connect~0|none~1|+|none~0|none~1|nor_conv_1x1~2|");
        assertThat(Nb201Encoding.liveEdges(c)).containsExactly(false, true, false, false, false, true);
        double[] live = Nb201Encoding.liveOneHot(c);
        assertThat(live[0]).isEqualTo(1); // edge 0 as none
        assertThat(Nb201Encoding.rawAndLive(c)).hasSize(60);
    }

    @Property(tries = 300)
    void noLiveEdgeExactlyWhenOutputDisconnected(@ForAll @IntRange(min = 0, max = 15624) int code) {
        Nb201Cell c = new Nb201Cell(code);
        boolean anyLive = false;
        for (boolean b : Nb201Encoding.liveEdges(c)) {
            anyLive |= b;
        }
        assertThat(anyLive).isEqualTo(!c.outputDisconnected());
    }
}
