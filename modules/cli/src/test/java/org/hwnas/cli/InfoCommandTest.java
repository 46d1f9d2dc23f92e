package org.hwnas.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class InfoCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode infoJson(String example) throws Exception {
        CliRunner r = CliRunner.run("info", ValidateCommandTest.REPO.resolve(example).toString(), "--json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        return JSON.readTree(r.out());
    }

    @Test
    void resnet50TotalsAreThePublishedOnes() throws Exception {
        JsonNode j = infoJson("examples/networks/resnet50.hwnet.json");
        assertThat(j.get("schema").asText()).isEqualTo("hwnas.info.network/1");
        assertThat(j.at("/totals/params").asLong()).isEqualTo(25_557_032L);
        assertThat(j.at("/totals/macs").asLong()).isBetween(4_080_000_000L, 4_100_000_000L);
        assertThat(j.at("/totals/compute_layers").asInt()).isEqualTo(54);
        // the per-layer MACs add up to the total
        long sum = 0;
        for (JsonNode l : j.get("layers")) {
            sum += l.get("macs").asLong();
        }
        assertThat(sum).isEqualTo(j.at("/totals/macs").asLong());
    }

    @Test
    void convLayersCarryTheirLoopBounds() throws Exception {
        JsonNode conv1 = infoJson("examples/networks/resnet50.hwnet.json").get("layers").get(0);
        assertThat(conv1.get("name").asText()).isEqualTo("conv1");
        JsonNode b = conv1.get("loop_bounds");
        // 7x7/2 conv, 3 -> 64 channels, 224 -> 112
        assertThat(b.get("K").asInt()).isEqualTo(64);
        assertThat(b.get("C").asInt()).isEqualTo(3);
        assertThat(b.get("P").asInt()).isEqualTo(112);
        assertThat(b.get("R").asInt()).isEqualTo(7);
        assertThat(conv1.get("macs").asLong()).isEqualTo(64L * 3 * 112 * 112 * 49);
    }

    @Test
    void mobilenetDepthwiseLayersUseTheGroupDimension() throws Exception {
        JsonNode j = infoJson("examples/networks/mobilenetv2.hwnet.json");
        assertThat(j.at("/totals/params").asLong()).isEqualTo(3_504_872L);
        boolean foundDepthwise = false;
        for (JsonNode l : j.get("layers")) {
            JsonNode b = l.get("loop_bounds");
            if (b != null && b.get("G").asInt() > 1) {
                foundDepthwise = true;
                assertThat(b.get("K").asInt()).isEqualTo(1);
                assertThat(b.get("C").asInt()).isEqualTo(1);
            }
        }
        assertThat(foundDepthwise).isTrue();
    }

    @Test
    void acceleratorJsonListsLevelsAndArray() throws Exception {
        JsonNode j = infoJson("examples/accelerators/eyeriss-like.hwacc.json");
        assertThat(j.get("schema").asText()).isEqualTo("hwnas.info.accelerator/1");
        assertThat(j.get("total_pes").asInt()).isEqualTo(168);
        assertThat(j.get("levels")).hasSize(5);
        assertThat(j.at("/levels/3/size_bytes").asLong()).isEqualTo(108 * 1024);
        assertThat(j.at("/levels/4/size_bytes").isNull()).isTrue();
    }

    @Test
    void textTableEndsWithTotals() {
        CliRunner r = CliRunner.run("info", ValidateCommandTest.REPO.resolve("examples/networks/vgg16.hwnet.json").toString());
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("conv2d").contains("15,470,264,320 MACs").contains("138,357,544 params");
    }

    @Test
    void infoOnAMappingIsRefusedWithTheReason() {
        CliRunner r = CliRunner.run("info", ValidateCommandTest.REPO.resolve("examples/mappings/eyeriss-like-conv1.hwmap.json").toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("info describes networks and accelerators, not mapping documents");
    }
}
