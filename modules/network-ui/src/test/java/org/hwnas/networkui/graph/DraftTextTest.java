package org.hwnas.networkui.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.hwnas.model.doc.DocumentWriter;
import org.hwnas.model.network.LayerParam;
import org.hwnas.model.network.io.NetworkDocument;
import org.hwnas.networkui.Examples;
import org.junit.jupiter.api.Test;

/** Graph model <-> document text: the round trip the editor relies on for save, dirty state and undo. */
class DraftTextTest {

    @Test
    void everyExampleReadsAndWritesBackToTheSameBytes() throws Exception {
        for (Path p : Examples.networks()) {
            String text = Files.readString(p);
            DraftText.Read r = DraftText.read(p.getFileName().toString(), text);
            assertThat(r.problems()).as(p.toString()).isEmpty();
            NetworkDraft d = r.draft().orElseThrow();
            assertThat(DraftText.write(d)).as(p.toString()).isEqualTo(text);
            // the writer for drafts with shape problems gives the model's bytes on valid networks too
            assertThat(DocumentWriter.toText(DraftText.encode(d))).as(p.toString())
                    .isEqualTo(NetworkDocument.toText(d.toNetwork().orElseThrow()));
        }
    }

    @Test
    void aShapeBreakingEditKeepsTheGraphAndMarksTheLayer() throws Exception {
        NetworkDraft d = DraftText.read("r", Examples.text("resnet50.hwnet.json")).draft().orElseThrow();
        // conv3 of the first block makes 256 channels; 200 no longer matches the downsample branch at the add
        NetworkDraft broken = d.replace("layer1.0.conv3",
                LayerEdit.set(d.layer("layer1.0.conv3").orElseThrow(), LayerParam.OUT_CHANNELS, "200"));
        assertThat(broken.isValid()).isFalse();
        assertThat(broken.problemsByLayer()).containsOnlyKeys("layer1.0.add");
        assertThat(broken.problemsByLayer().get("layer1.0.add")).contains("1x200x56x56").contains("1x256x56x56");
        assertThat(broken.info("layer1.0.add")).isEmpty();
        assertThat(broken.info("layer1.0.conv3").orElseThrow().output().c()).isEqualTo(200);

        String text = DraftText.write(broken);
        assertThat(text).contains("\"out_channels\" : 200");
        DraftText.Read back = DraftText.read("r.hwnet.json", text);
        assertThat(back.hasGraph()).isTrue();
        assertThat(back.draft().orElseThrow()).isEqualTo(broken);
        assertThat(back.problems()).singleElement().satisfies(p -> {
            assertThat(p.path()).startsWith("layers[").contains("inputs");
            assertThat(p.line()).isPositive();
        });
    }

    @Test
    void textThatIsNotANetworkShowsProblemsInsteadOfAGraph() {
        DraftText.Read syntax = DraftText.read("x.hwnet.json", "{\n  \"format\": \"network/1\",\n  \"name\": \n}");
        assertThat(syntax.hasGraph()).isFalse();
        assertThat(syntax.problems()).isNotEmpty();
        assertThat(syntax.problems().get(0).toString()).startsWith("x.hwnet.json:");

        String badField = "{\"format\": \"network/1\", \"name\": \"n\", \"input\": {\"name\": \"x\", \"shape\": [1, 3, 8, 8]},"
                + " \"layers\": [{\"name\": \"c\", \"kind\": \"conv2d\", \"out_channels\": 0, \"kernel\": 3}]}";
        DraftText.Read r = DraftText.read("y.hwnet.json", badField);
        assertThat(r.hasGraph()).isFalse();
        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("layers[0].out_channels");
            assertThat(p.reason()).contains("0");
        });
    }
}
