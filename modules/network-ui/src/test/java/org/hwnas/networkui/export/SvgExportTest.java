package org.hwnas.networkui.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import org.hwnas.networkui.Examples;
import org.hwnas.networkui.graph.DraftText;
import org.hwnas.networkui.graph.NetworkDraft;
import org.hwnas.networkui.layout.DraftLayout;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class SvgExportTest {

    @Test
    void resnet50IsWellFormedSvgWithOneGroupPerLayer() throws Exception {
        NetworkDraft d = DraftText.read("r", Examples.text("resnet50.hwnet.json")).draft().orElseThrow();
        DraftLayout layout = DraftLayout.of(d);
        String svg = SvgExport.toSvg(d, layout);
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target"));
        java.nio.file.Files.writeString(java.nio.file.Path.of("target/resnet50.svg"), svg); // to look at
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        assertThat(doc.getDocumentElement().getLocalName()).isEqualTo("svg");
        NodeList groups = doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "g");
        int layers = 0;
        int inputs = 0;
        for (int i = 0; i < groups.getLength(); i++) {
            String cls = ((Element) groups.item(i)).getAttribute("class");
            layers += cls.equals("layer") ? 1 : 0;
            inputs += cls.equals("input") ? 1 : 0;
        }
        assertThat(layers).isEqualTo(d.layers().size()).isEqualTo(175);
        assertThat(inputs).isEqualTo(1);
        assertThat(doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "path").getLength())
                .isEqualTo(layout.edges().size() + 1); // + the arrow head marker
        assertThat(svg).contains("<title>layer1.0.add \u2192 layer1.0.relu3: 1x256x56x56</title>");
        assertThat(svg).contains("1x64x112x112  118.0 M MACs"); // conv1
    }

    @Test
    void escapesMarkup() {
        assertThat(SvgExport.esc("a<b & \"c\">")).isEqualTo("a&lt;b &amp; &quot;c&quot;&gt;");
    }
}
