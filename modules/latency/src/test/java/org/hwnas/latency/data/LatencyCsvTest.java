package org.hwnas.latency.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.hwnas.arch.DataFileException;
import org.hwnas.arch.nb201.Nb201Cell;
import org.junit.jupiter.api.Test;

class LatencyCsvTest {
    static final String A = "|nor_conv_3x3~0|+|nor_conv_3x3~0|avg_pool_3x3~1|+|skip_connect~0|nor_conv_3x3~1|skip_connect~2|";
    static final String B = "|avg_pool_3x3~0|+|nor_conv_1x1~0|skip_connect~1|+|nor_conv_1x1~0|skip_connect~1|skip_connect~2|";

    static LatencyDataset read(String text) throws IOException {
        return LatencyCsv.read("t.csv", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void readsDeviceColumnsAndMissingValues() throws IOException {
        LatencyDataset d = read("arch_index,arch_str,raspi4_latency_ms,titan_rtx_32_ms,fpga_energy_mJ,source\n"
                + "1," + A + ",54.7,,3.0,\"a,b\"\n"
                + "0," + B + ",10.5,2.25,1.0,x\n");
        assertThat(d.devices()).containsExactly("raspi4", "titan_rtx_32");
        assertThat(d.size()).isEqualTo(2);
        assertThat(d.cell(0)).isEqualTo(Nb201Cell.parse(A));
        assertThat(d.values("raspi4")).containsExactly(54.7, 10.5);
        assertThat(d.values("titan_rtx_32")[0]).isNaN();
        assertThat(d.rowsWith("titan_rtx_32")).containsExactly(1);
    }

    @Test
    void badFilesNameLineAndColumn() {
        assertThatThrownBy(() -> read("arch,raspi4_ms\n" + A + ",1\n")).isInstanceOf(DataFileException.class)
                .hasMessage("t.csv:1: no arch_str column (columns: arch, raspi4_ms)");
        assertThatThrownBy(() -> read("arch_str,accuracy\n" + A + ",1\n"))
                .hasMessageStartingWith("t.csv:1: no latency column");
        assertThatThrownBy(() -> read("arch_str,raspi4_ms\n" + A + ",NaN\n"))
                .hasMessage("t.csv:2: raspi4_ms: latency must be a finite number > 0 ms, got 'NaN' (leave the field empty for 'not measured')");
        assertThatThrownBy(() -> read("arch_str,raspi4_ms\n" + A + ",-2\n")).hasMessageContaining("t.csv:2: raspi4_ms: latency must be");
        assertThatThrownBy(() -> read("arch_str,raspi4_ms\n" + A + ",fast\n")).hasMessage("t.csv:2: raspi4_ms: not a number: 'fast'");
        assertThatThrownBy(() -> read("arch_str,raspi4_ms\n" + A + ",1\n" + A + ",2\n")).hasMessageContaining("t.csv:3: cell").hasMessageEndingWith("appears twice");
        assertThatThrownBy(() -> read("arch_str,raspi4_ms\n|bogus~0|,1\n")).hasMessageStartingWith("t.csv:2: not an NB201 cell");
        assertThatThrownBy(() -> read("arch_str,raspi4_ms\n")).hasMessage("t.csv: no data rows");
        assertThatThrownBy(() -> read("arch_str,raspi4_ms\n" + A + "\n")).hasMessage("t.csv:2: expected 2 fields, got 1");
    }

    @Test
    void unknownDeviceListsTheKnownOnes() throws IOException {
        LatencyDataset d = read("arch_str,raspi4_ms\n" + A + ",1\n");
        assertThatThrownBy(() -> d.values("pixel9")).hasMessage("t.csv has no device 'pixel9' (devices: raspi4)");
    }

    @Test
    void builtInTableHasAllCellsAndDevices() {
        LatencyDataset d = LatencyDataset.builtIn();
        assertThat(d.size()).isEqualTo(Nb201Cell.COUNT);
        assertThat(d.devices()).hasSize(29).contains("raspi4", "pixel3", "eyeriss", "fpga", "edgegpu", "edgetpu", "titan_rtx_256");
        assertThat(d.rowsWith("edgegpu")).hasSize(1999);
        assertThat(d.rowsWith("edgetpu")).hasSize(1740);
        // HW-NAS-Bench's printed value for arch 0 (hwnasbench_reference_values.csv)
        int row = java.util.stream.IntStream.range(0, d.size()).filter(r -> d.cell(r).archIndex() == 0).findFirst().orElseThrow();
        assertThat(d.values("raspi4")[row]).isEqualTo(10.481976820010459);
        assertThat(Split.connectedRows(d, "raspi4")).hasSize(Nb201Cell.COUNT - 341);
    }
}
