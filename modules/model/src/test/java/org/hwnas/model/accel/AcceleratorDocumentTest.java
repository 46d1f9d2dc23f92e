package org.hwnas.model.accel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.hwnas.model.accel.io.AcceleratorDocument;
import org.hwnas.model.doc.DocumentException;
import org.hwnas.model.workload.Dim;
import org.hwnas.model.workload.Tensor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class AcceleratorDocumentTest {
    static final Path EXAMPLES = Path.of("../../examples/accelerators");

    static Stream<Path> examples() throws IOException {
        try (Stream<Path> s = Files.list(EXAMPLES)) {
            return s.filter(p -> p.toString().endsWith(".hwacc.json")).sorted().toList().stream();
        }
    }

    @Test
    void allFiveExampleDesignsAreShipped() throws IOException {
        assertThat(examples().map(p -> p.getFileName().toString())).contains("eyeriss-like.hwacc.json",
                "tpu-like.hwacc.json", "shidiannao-like.hwacc.json", "nvdla-like.hwacc.json", "zc706-fpga.hwacc.json");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void exampleLoadsAndRoundTrips(Path file) throws DocumentException {
        Accelerator a = AcceleratorDocument.read(file);
        assertThat(AcceleratorRules.check(a)).isEmpty();
        String text = AcceleratorDocument.toText(a);
        Accelerator again = AcceleratorDocument.parse("again", text);
        assertThat(again).isEqualTo(a);
        assertThat(AcceleratorDocument.toText(again)).isEqualTo(text);
    }

    @Test
    void eyerissLikeHasThePaperShape() throws DocumentException {
        Accelerator a = AcceleratorDocument.read(EXAMPLES.resolve("eyeriss-like.hwacc.json"));
        assertThat(a.kind()).isEqualTo(AcceleratorKind.SPATIAL);
        assertThat(a.array().shape()).isEqualTo("12x14");
        assertThat(a.totalPes()).isEqualTo(168);
        assertThat(a.dataflow()).isEqualTo(Dataflow.ROW_STATIONARY);
        assertThat(a.fanoutIndex()).isEqualTo(3);
        assertThat(a.level("weights_spad").orElseThrow().capacityWords()).isEqualTo(224);
        assertThat(a.level("ifmap_spad").orElseThrow().capacityWords()).isEqualTo(12);
        assertThat(a.level("psum_spad").orElseThrow().capacityWords()).isEqualTo(24);
        MemoryLevel glb = a.level("shared_glb").orElseThrow();
        assertThat(glb.capacity().bytes(glb.wordBits())).isEqualTo(108 * 1024);
        assertThat(glb.capacityWords()).isEqualTo(108 * 1024 / 2);
        assertThat(glb.keeps()).containsExactlyInAnyOrder(Tensor.INPUTS, Tensor.OUTPUTS);
        assertThat(glb.readPjPerWord()).isCloseTo(18.183829 / 4, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(a.instances(0)).isEqualTo(168);
        assertThat(a.instances(3)).isEqualTo(1);
        assertThat(a.outermost().capacityWords()).isEqualTo(Long.MAX_VALUE);
        assertThat(a.array().axis("rows").orElseThrow().parallelizes(Dim.S)).isTrue();
    }

    @Test
    void fpgaExampleHasItsResources() throws DocumentException {
        Accelerator a = AcceleratorDocument.read(EXAMPLES.resolve("zc706-fpga.hwacc.json"));
        assertThat(a.kind()).isEqualTo(AcceleratorKind.FPGA);
        FpgaResources f = a.fpgaResources().orElseThrow();
        assertThat(f.dspCount()).isEqualTo(900);
        assertThat(f.bramBytes() * 8).isEqualTo(19_100_000L);
        assertThat(f.offchipBytesPerCycle(a.clockMhz())).isEqualTo(28.0);
        assertThat(a.peakMacsPerCycle()).isEqualTo(900);
    }

    @Test
    void energiesFallBackToTheNamedTable() throws DocumentException {
        Accelerator a = AcceleratorDocument.read(EXAMPLES.resolve("tpu-like.hwacc.json"));
        MemoryLevel dram = a.outermost();
        assertThat(dram.energyExplicit()).isFalse();
        // accelergy-45nm: 128 pJ per 16-bit word -> 64 pJ per 8-bit word, 8 words per access
        assertThat(dram.energy().readPj()).isEqualTo(64.0 * 8);
        assertThat(a.macEnergyPj()).isEqualTo(0.315);
        assertThat(AcceleratorDocument.toText(a)).doesNotContain("\"read_pj\"");
    }

    @Test
    void writeThenReadGivesTheSameDesign(@TempDir Path dir) throws Exception {
        Accelerator a = AcceleratorDocument.read(EXAMPLES.resolve("nvdla-like.hwacc.json"));
        Path out = dir.resolve("copy.hwacc.json");
        AcceleratorDocument.write(a, out);
        assertThat(AcceleratorDocument.read(out)).isEqualTo(a);
    }

    @Test
    void unboundedLevelsAndInfiniteBandwidthAreOmittedWhenWriting() throws DocumentException {
        Accelerator a = AcceleratorDocument.read(EXAMPLES.resolve("eyeriss-like.hwacc.json"));
        String text = AcceleratorDocument.toText(a);
        List<String> lines = text.lines().toList();
        assertThat(lines.get(1)).contains("\"format\" : \"accelerator/1\"");
        assertThat(a.outermost().readBandwidth()).isInfinite();
        assertThat(text).doesNotContain("Infinity");
    }
}
