package org.hwnas.arch.nb201;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.hwnas.arch.DataFileException;
import org.junit.jupiter.api.Test;

class Nb201TableTest {

    /** A complete table: every cell once, value = code, the last cell left empty. */
    private static StringBuilder fullTable() {
        StringBuilder b = new StringBuilder("arch_index,arch_str,source,v\n");
        for (int code = 0; code < Nb201Cell.COUNT; code++) {
            b.append(code).append(',').append(new Nb201Cell(code)).append(",\"a,b\",")
                    .append(code == Nb201Cell.COUNT - 1 ? "" : Integer.toString(code)).append('\n');
        }
        return b;
    }

    private static Nb201Table read(CharSequence csv) throws Exception {
        return Nb201Table.read("t.csv", new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void readsValuesByCellAndEmptyIsNaN() throws Exception {
        Nb201Table t = read(fullTable());
        assertThat(t.columns()).containsExactly("arch_index", "v");
        assertThat(t.value("v", new Nb201Cell(1234))).isEqualTo(1234.0);
        assertThat(t.value("v", new Nb201Cell(Nb201Cell.COUNT - 1))).isNaN();
        assertThatThrownBy(() -> t.value("w", new Nb201Cell(0))).hasMessageContaining("no column 'w' (columns: arch_index, v)");
    }

    @Test
    void badRowsNameTheLine() {
        StringBuilder dup = fullTable();
        dup.append("0,").append(new Nb201Cell(7)).append(",x,1\n");
        assertThatThrownBy(() -> read(dup)).isInstanceOf(DataFileException.class)
                .hasMessage("t.csv:15627: cell " + new Nb201Cell(7) + " appears twice");

        String badNumber = fullTable().toString().replace("\n3," + new Nb201Cell(3) + ",\"a,b\",3\n",
                "\n3," + new Nb201Cell(3) + ",\"a,b\",three\n");
        assertThatThrownBy(() -> read(badNumber)).hasMessage("t.csv:5: v: not a number: 'three'");

        assertThatThrownBy(() -> read("arch_index,v\n1,2\n")).hasMessageContaining("t.csv:1: no arch_str column");
        assertThatThrownBy(() -> read("arch_str,v\n|none~0|+|none~0|none~1|+|none~0|none~1|none~2|,1\n"))
                .hasMessageContaining("expected one row for each of the 15625 NB201 cells, got 1");
        assertThatThrownBy(() -> read("arch_str,v\n|bad~0|+|none~0|none~1|+|none~0|none~1|none~2|,1\n"))
                .hasMessageContaining("t.csv:2: not an NB201 cell");
    }
}
