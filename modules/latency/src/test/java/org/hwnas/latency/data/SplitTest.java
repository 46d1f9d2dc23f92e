package org.hwnas.latency.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SplitTest {
    @Test
    void seededDisjointAndComplete() {
        int[] rows = IntStream.range(100, 200).toArray();
        Split a = Split.random(rows, 10, 7);
        assertThat(a.train()).isEqualTo(Split.random(rows, 10, 7).train());
        assertThat(a.train()).isNotEqualTo(Split.random(rows, 10, 8).train());
        int[] both = IntStream.concat(IntStream.of(a.train()), IntStream.of(a.test())).sorted().toArray();
        assertThat(both).isEqualTo(rows);
        assertThat(a.testSize()).isEqualTo(90);
        assertThat(Arrays.stream(a.test()).sorted().toArray()).isEqualTo(a.test());
    }

    @Test
    void tooFewCandidates() {
        assertThatThrownBy(() -> Split.random(new int[] {1, 2, 3, 4}, 2, 1))
                .hasMessage("cannot draw 2 fitting rows from 4 candidates and keep at least 3 held out");
    }
}
