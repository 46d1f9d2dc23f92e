package org.hwnas.searchui.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.hwnas.model.accel.io.AcceleratorDocument;
import org.hwnas.model.network.io.NetworkDocument;
import org.hwnas.search.api.Trial;
import org.hwnas.search.study.Study;
import org.hwnas.search.study.StudyReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A network x accelerator trial becomes two documents (what the console opens, then maps). */
class CoSearchCandidateTest {

    @Test
    void aJointTrialWritesItsNetworkAndItsAccelerator(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("studies"));
        Files.createDirectories(dir.resolve("accelerators"));
        Files.copy(Path.of("../../examples/accelerators/eyeriss-like.hwacc.json"), dir.resolve("accelerators/eyeriss-like.hwacc.json"));
        String text = Files.readString(Path.of("../../examples/studies/mbv2-eyeriss-edp.hwsearch.json"))
                .replace("\"trials\": 240", "\"trials\": 4").replace("\"population\": 24", "\"population\": 4");
        Path f = dir.resolve("studies/co.hwsearch.json");
        Files.writeString(f, text);
        Study study = StudyReader.read(f);
        new StudyJob(study, false, new StudyJob.Sink() {
            @Override
            public void log(String line) {
            }

            @Override
            public void progress(int done, int budget) {
            }
        }).run();
        StudySnapshot s = TrialStoreReader.snapshot(study);
        assertThat(s.done()).isEqualTo(4);
        Trial t = s.trials().stream().filter(Trial::ok).findFirst().orElseThrow();
        CandidateDocuments d = CandidateDocuments.write(t, CandidateDocuments.defaultFolder(f, study.name()));
        assertThat(d.network()).isNotNull();
        assertThat(d.accelerator()).isNotNull();
        assertThat(NetworkDocument.read(d.network()).name()).isNotEmpty();
        // the written accelerator is the candidate's design: 168 PEs (equal-PE space) read back valid
        assertThat(AcceleratorDocument.read(d.accelerator()).totalPes()).isEqualTo(168);
        assertThat(s.measureNames()).containsExactly("macs_m", "edp", "params_m", "energy_uj", "latency_ms");

        // the mapping window is told how the trial's cost figures were made: the example uses the greedy mapping
        org.hwnas.mappingui.api.TrialOrigin o = TrialOrigins.of(study, t);
        assertThat(o.mapping()).isEqualTo("greedy");
        assertThat(o.sameMapper()).isFalse();
        assertThat(o.edp()).isEqualTo(t.measures().get("edp"));
        assertThat(o.energyPj()).isEqualTo(t.measures().get("energy_uj") * 1e6);
        assertThat(o.cycles()).isNull(); // no cycles measure in this study
        // with "mapping": "mapper" the window maps with the search's mapper budget (and its 200 ms cap)
        Path g = dir.resolve("studies/co-mapper.hwsearch.json");
        Files.writeString(g, text.replace("\"measure\": \"edp\"}", "\"measure\": \"edp\", \"mapping\": \"mapper\", \"mapper-budget\": 500}")
                .replace("\"measure\": \"energy\"}", "\"measure\": \"energy\", \"mapping\": \"mapper\", \"mapper-budget\": 500}"));
        org.hwnas.mappingui.api.TrialOrigin m = TrialOrigins.of(StudyReader.read(g), t);
        assertThat(m.mapping()).isEqualTo("mapper");
        assertThat(m.mapperOptions().maxEvaluations()).isEqualTo(500);
        assertThat(m.mapperOptions().timeLimitMillis()).isEqualTo(200);
    }
}
