package org.hwnas.naas.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.hwnas.arch.JointArchitecture;
import org.hwnas.model.doc.DocumentException;
import org.hwnas.naas.Bundled;
import org.hwnas.naas.HardwareSpace;
import org.hwnas.search.space.ProductSpace;
import org.hwnas.search.study.Study;
import org.hwnas.search.study.StudyReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The naas-accel space: budgets, text round trip, options and errors through the study reader. */
class NaasAccelSpaceTest {
    @TempDir
    Path dir;

    static String study(String hw) {
        return """
                {"format": "search/1",
                 "spaces": [{"name": "net", "id": "mbv2", "widths": [0.75, 1.0], "resolution": 96}, %s],
                 "objectives": [{"name": "macs", "goal": "maximize", "measure": "macs", "unit": "M"},
                                {"name": "edp", "goal": "minimize", "measure": "edp", "mapping": "mapper", "mapper-budget": 300}],
                 "engine": {"id": "naas", "options": {"hw_trials": 6, "net_trials": 4, "population": 4}},
                 "budget": {"trials": 20}, "batch": 2, "seed": 5, "workers": 2}
                """.formatted(hw);
    }

    private Study read(String hw) throws DocumentException {
        return StudyReader.parse(dir.resolve("s.hwsearch.json"), study(hw));
    }

    @Test
    void everyGeneVectorDecodesWithinThePeAndByteBudgets() throws Exception {
        Study s = read("{\"name\": \"hw\", \"id\": \"naas-accel\", \"pes\": 256, \"onchip_bytes\": 150000}");
        NaasAccelSpace hw = (NaasAccelSpace) ((ProductSpace) s.space()).parts().get(1);
        assertThat(hw.hardware().pes()).isEqualTo(256);
        assertThat(hw.hardware().onchipBytes()).isEqualTo(150_000);
        assertThat(hw.cardinality(0)).isEqualTo(7); // 2x128, 4x64, 8x32, 16x16, 32x8, 64x4, 128x2
        Random rng = new Random(11);
        int[] corner = new int[hw.dimensions()];
        for (int i = 0; i < 400; i++) {
            NaasAccelPoint p = (NaasAccelPoint) (i < 2 ? hw.decode(corner) : hw.sample(rng));
            if (i == 0) {
                for (int k = 0; k < corner.length; k++) {
                    corner[k] = hw.cardinality(k) - 1; // the other corner next
                }
            }
            assertThat(p.accelerator().totalPes()).isEqualTo(256);
            assertThat(HardwareSpace.onchipBytes(p.accelerator())).isLessThanOrEqualTo(150_000);
            assertThat(HardwareSpace.withinBudget(p.accelerator(), 256, 150_000)).isTrue();
            assertThat(hw.parse(p.text())).isEqualTo(p);
            assertThat(hw.encode(p)).isEqualTo(p.genes());
        }
    }

    @Test
    void defaultsAreTheBundledEyerissBudgets() throws Exception {
        Study s = read("{\"name\": \"hw\", \"id\": \"naas-accel\"}");
        ProductSpace space = (ProductSpace) s.space();
        NaasAccelSpace hw = (NaasAccelSpace) space.parts().get(1);
        assertThat(hw.hardware().pes()).isEqualTo(168);
        assertThat(hw.hardware().onchipBytes()).isEqualTo(197_952).isEqualTo(HardwareSpace.onchipBytes(Bundled.eyeriss()));
        NaasAccelPoint base = (NaasAccelPoint) hw.decode(hw.baseGenes());
        assertThat(base.design().rows()).isEqualTo(12);
        assertThat(base.design().cols()).isEqualTo(14);
        // a joint candidate reads back from its stored text
        JointArchitecture j = (JointArchitecture) space.sample(new Random(3));
        assertThat(space.parse(j.text())).isEqualTo(j);
        assertThat(s.engine().id()).isEqualTo("naas");
    }

    @Test
    void badOptionsAndTextsAreClearErrors() {
        assertThatThrownBy(() -> read("{\"name\": \"hw\", \"id\": \"naas-accel\", \"pes\": 0, \"size\": 3}"))
                .isInstanceOf(DocumentException.class).hasMessageContaining("pes").hasMessageContaining("size");
        assertThatThrownBy(() -> read("{\"name\": \"hw\", \"id\": \"naas-accel\", \"onchip_bytes\": 2000}"))
                .isInstanceOf(DocumentException.class).hasMessageContaining("too small for 168 PEs");
        NaasAccelSpace hw = new NaasAccelSpace(HardwareSpace.around(Bundled.eyeriss(), HardwareSpace.Mode.FULL));
        assertThatThrownBy(() -> hw.parse("12x14 g:1.2")).hasMessageContaining("gene").hasMessageContaining("17");
        assertThatThrownBy(() -> hw.parse("nonsense")).hasMessageContaining("not a naas-accel point 'nonsense'");
    }

    @Test
    void aStudyWithoutTheAcceleratorPartIsRefusedByTheEngine() throws Exception {
        Files.createDirectories(dir);
        assertThatThrownBy(() -> StudyReader.parse(dir.resolve("t.hwsearch.json"), study(
                "{\"name\": \"hw\", \"id\": \"accelerator\", \"base\": \"" + Path.of("../../examples/accelerators/eyeriss-like.hwacc.json")
                        .toAbsolutePath().normalize().toString().replace("\\", "/") + "\"}")))
                .isInstanceOf(DocumentException.class).hasMessageContaining("needs a space with one 'naas-accel' part");
    }
}
