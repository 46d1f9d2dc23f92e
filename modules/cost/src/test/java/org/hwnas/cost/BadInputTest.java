package org.hwnas.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import org.hwnas.cost.timeloop.TimeloopArchitecture;
import org.hwnas.cost.timeloop.TimeloopException;
import org.hwnas.model.accel.io.AcceleratorDocument;
import org.hwnas.model.doc.DocumentException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bad inputs that are not mappings (those are in {@code LoopNestHandTest}: factors not
 * multiplying, tile over capacity): a level with zero bandwidth and unknown tensor names, in our documents
 * and in Timeloop files, are errors naming the level, never a number.
 */
class BadInputTest {
    static final Path MALFORMED = Path.of("../model/src/test/resources/malformed/accelerator");

    @Test
    void zeroBandwidthInADesignDocumentNamesTheLevelsEntry() {
        DocumentException e = catchThrowableOfType(DocumentException.class,
                () -> AcceleratorDocument.read(MALFORMED.resolve("zero-bandwidth.hwacc.json")));
        assertThat(e.getMessage()).contains("levels[0].read_bandwidth: must be > 0");
    }

    @Test
    void unknownTensorInADesignDocumentNamesTheLevelsEntry() {
        DocumentException e = catchThrowableOfType(DocumentException.class,
                () -> AcceleratorDocument.read(MALFORMED.resolve("unknown-tensor.hwacc.json")));
        assertThat(e.getMessage()).contains("levels[0].keeps[0]: unknown tensor \"psums\"");
    }

    @Test
    void zeroBandwidthAndUnknownDataspaceInATimeloopArchitectureNameTheComponent(@TempDir Path dir) throws Exception {
        Path arch = dir.resolve("arch.yaml");
        String base = "architecture:\n  version: 0.4\n  nodes:\n  - !Container\n    name: system\n"
                + "  - !Component\n    name: DRAM\n    class: DRAM\n    attributes: {width: 64, datawidth: 8}\n"
                + "  - !Component\n    name: buf\n    class: SRAM\n    attributes: {depth: 64, width: 8, datawidth: 8, read_bandwidth: %s}\n"
                + "    constraints:\n      dataspace: {keep: [%s]}\n"
                + "  - !Component\n    name: mac\n    class: intmac\n    attributes: {width: 8}\n";
        Files.writeString(arch, base.formatted("0", "Inputs"));
        assertThat(catchThrowableOfType(TimeloopException.class, () -> TimeloopArchitecture.read(arch, null)).getMessage())
                .isEqualTo(arch + ": buf: read_bandwidth: must be a number > 0 (omit it for unlimited), got 0");
        Files.writeString(arch, base.formatted("4", "Psums"));
        assertThat(catchThrowableOfType(TimeloopException.class, () -> TimeloopArchitecture.read(arch, null)).getMessage())
                .isEqualTo(arch + ": buf: unknown dataspace 'Psums' (valid: Weights, Inputs, Outputs)");
        Files.writeString(arch, base.formatted("4", "Inputs"));
        assertThat(TimeloopArchitecture.read(arch, null).level("buf").orElseThrow().readBandwidth()).isEqualTo(4.0);
    }
}
