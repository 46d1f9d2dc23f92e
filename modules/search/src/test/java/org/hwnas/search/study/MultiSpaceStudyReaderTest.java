package org.hwnas.search.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.hwnas.arch.JointArchitecture;
import org.hwnas.model.doc.DocumentException;
import org.hwnas.search.space.ProductSpace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Multi-space study documents: what they read to, and path + reason for each malformed variant. */
class MultiSpaceStudyReaderTest {
    /** Read from the module folder, so the base design path resolves to the shipped example. */
    private static final Path FILE = Path.of("t.hwsearch.json");
    private static final String VALID = """
            {
              "format": "search/1",
              "spaces": [
                {"name": "net", "id": "mbv2", "widths": [1.0]},
                {"name": "hw", "id": "accelerator", "base": "../../examples/accelerators/eyeriss-like.hwacc.json"}
              ],
              "objectives": [
                {"name": "macs", "goal": "maximize", "measure": "macs", "unit": "M"},
                {"name": "edp", "goal": "minimize", "measure": "edp", "cost-model": "loopnest"}
              ],
              "measures": [{"name": "params", "measure": "params", "space": "net"}],
              "constraints": [{"name": "params", "max": 4000000}],
              "engine": {"id": "nsga2"},
              "budget": {"trials": 50},
              "seed": 2
            }
            """;

    @Test
    void readsAJointStudy() throws DocumentException {
        Study s = StudyReader.parse(FILE, VALID);
        assertThat(s.space()).isInstanceOf(ProductSpace.class);
        assertThat(s.space().family()).isEqualTo("mbv2+accel");
        assertThat(s.space().sample(new java.util.Random(1))).isInstanceOf(JointArchitecture.class);
        assertThat(s.measures()).extracting(Measure::name).containsExactly("macs", "edp", "params");
        assertThat(s.fingerprint().get("spaces").get(1).get("id").asText()).isEqualTo("accelerator");
        assertThat(s.fingerprint().has("space")).isFalse();
    }

    @Test
    void oneEntryInSpacesIsThatSpace() throws DocumentException {
        String one = VALID.replace(",\n    {\"name\": \"hw\", \"id\": \"accelerator\", \"base\": \"../../examples/accelerators/eyeriss-like.hwacc.json\"}", "")
                .replace("\"measure\": \"edp\", \"cost-model\": \"loopnest\"", "\"measure\": \"params\"");
        Study s = StudyReader.parse(FILE, one);
        assertThat(s.space().id()).isEqualTo("mbv2");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "\"format\": \"search/1\",|\"format\": \"search/1\", \"space\": {\"id\": \"nb201\"},|spaces: give \"space\" or \"spaces\", not both",
        "{\"name\": \"hw\", \"id\": \"accelerator\"|{\"name\": \"net\", \"id\": \"accelerator\"|spaces[1].name: space name 'net' is used twice",
        "{\"name\": \"hw\", \"id\": \"accelerator\"|{\"name\": \"hw\", \"id\": \"tpu\"|spaces[1].id: unknown search space 'tpu' (valid: accelerator, fbnet, fpga-tile, mbv2, nb201)",
        "eyeriss-like.hwacc.json|nope.hwacc.json|spaces[1].base: cannot use ../../examples/accelerators/nope.hwacc.json: ",
        "eyeriss-like.hwacc.json|zc706-fpga.hwacc.json|spaces[1]: design 'zc706-fpga' must be a spatial design with a 2-axis PE array",
        "\"hw\", \"id\": \"accelerator\",|\"hw\", \"id\": \"accelerator\", \"spad_scale\": [1, 8],|spaces[1]: scratchpads at scale 8.0 on 168 PEs need",
        "\"hw\", \"id\": \"accelerator\",|\"hw\", \"id\": \"accelerator\", \"parallel_dims\": [\"K\", \"X\"],|spaces[1].parallel_dims[1]: unknown loop dimension 'X'",
        "\"widths\": [1.0]|\"widths\": []|spaces[0].widths: the space is empty: list at least one value",
        "\"widths\": [1.0]|\"widths\": [1.0], \"min_depth\": [1, 1, 5, 1, 1, 1]|spaces[0].min_depth: stage 2: min_depth 5 > max_depth 4: the space is empty",
        "\"widths\": [1.0]|\"widths\": [1.0], \"kernels\": [3, 4]|spaces[0].kernels[1]: kernels must be odd, got 4",
        "\"widths\": [1.0]|\"kernel\": [3]|spaces[0].kernel: unknown field",
        "\"space\": \"net\"|\"space\": \"network\"|measures[0].space: no space named 'network' (spaces: net, hw)",
        "\"cost-model\": \"loopnest\"|\"cost-model\": \"timeloop\"|objectives[1].cost-model: unknown cost model 'timeloop' (valid: fpga-tile, loopnest, systolic)",
        "\"cost-model\": \"loopnest\"|\"cost-model\": \"fpga-tile\"|objectives[1].cost-model: fpga-tile does not support designs like",
        "\"measure\": \"edp\"|\"measure\": \"flops\"|objectives[1].measure: unknown measure 'flops' (valid: cycles, edp, energy, hw-latency, macs, params)",
        "\"unit\": \"M\"|\"unit\": \"T\"|objectives[0].unit: unit must be 1, K, M or G, got 'T'",
        "\"unit\": \"M\"|\"unit\": \"M\", \"device\": \"pixel3\"|objectives[0].device: unknown field",
        "\"measure\": \"params\", \"space\": \"net\"|\"measure\": \"edp\", \"space\": \"net\"|measures[0].measure: edp needs network x accelerator candidates",
        "\"measure\": \"params\", \"space\": \"net\"|\"measure\": \"params\", \"space\": \"hw\"|measures[0].measure: params needs candidates with a network; 'accel' candidates have none",
        "\"measure\": \"params\", \"space\": \"net\"|\"estimator\": \"nb201-table\"|measures[0].estimator: nb201-table cannot evaluate any space of this study (families: mbv2, accel; it handles: nb201)",
        "\"measure\": \"params\", \"space\": \"net\"|\"measure\": \"params\", \"estimator\": \"nb201-table\"|measures[0]: give one of \"estimator\", \"latency-model\" or \"measure\", not several",
    })
    void malformedJointStudiesGivePathAndReason(String from, String to, String expected) {
        assertThat(VALID).contains(from);
        String text = VALID.replace(from, to);
        assertThatThrownBy(() -> StudyReader.parse(FILE, text))
                .isInstanceOf(DocumentException.class)
                .hasMessageContaining("t.hwsearch.json:")
                .hasMessageContaining(expected);
    }

    @Test
    void emptySpacesListIsRefused() {
        String text = VALID.substring(0, VALID.indexOf("\"spaces\"")) + "\"spaces\": [],\n" + VALID.substring(VALID.indexOf("\"objectives\""));
        assertThatThrownBy(() -> StudyReader.parse(FILE, text)).hasMessageContaining("spaces: list at least one space");
    }
}
