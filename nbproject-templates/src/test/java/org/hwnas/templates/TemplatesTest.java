package org.hwnas.templates;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import org.hwnas.model.accel.Accelerator;
import org.hwnas.model.accel.io.AcceleratorDocument;
import org.hwnas.model.doc.DocumentKind;
import org.hwnas.model.doc.JsonDocument;
import org.hwnas.model.doc.spi.DocumentValidator;
import org.hwnas.model.network.Network;
import org.hwnas.model.network.io.NetworkDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openide.util.Lookup;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** Every registered template is a valid document of its kind, and the registrations are usable without a project. */
class TemplatesTest {

    private static final String PKG = "org/hwnas/templates/";
    /** name -> attributes of each file registered under Templates/HWNAS in this module's generated layer */
    private static final Map<String, Map<String, String>> REGISTERED = new HashMap<>();

    @BeforeAll
    static void readGeneratedLayer() throws Exception {
        Path classes = Path.of(TemplateFolder.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path layer = classes.resolve("META-INF/generated-layer.xml");
        assertThat(layer).as("layer written by the @TemplateRegistration processor").exists();
        var dbf = DocumentBuilderFactory.newInstance();
        dbf.setValidating(false);
        dbf.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        var doc = dbf.newDocumentBuilder().parse(layer.toFile());
        Element folder = find(doc.getDocumentElement(), "Templates", TemplateFolder.NAME);
        assertThat(folder).as("folder Templates/" + TemplateFolder.NAME).isNotNull();
        NodeList files = folder.getElementsByTagName("file");
        for (int i = 0; i < files.getLength(); i++) {
            Element f = (Element) files.item(i);
            Map<String, String> attrs = new HashMap<>();
            NodeList as = f.getElementsByTagName("attr");
            for (int j = 0; j < as.getLength(); j++) {
                Element a = (Element) as.item(j);
                String v = a.getAttribute("boolvalue") + a.getAttribute("stringvalue") + a.getAttribute("intvalue")
                        + a.getAttribute("urlvalue") + a.getAttribute("bundlevalue");
                attrs.put(a.getAttribute("name"), v);
            }
            attrs.put("#url", f.getAttribute("url"));
            REGISTERED.put(f.getAttribute("name"), attrs);
        }
    }

    private static Element find(Element root, String... path) {
        Element cur = root;
        for (String name : path) {
            Element next = null;
            for (Node n = cur.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element && ((Element) n).getTagName().equals("folder")
                        && name.equals(((Element) n).getAttribute("name"))) {
                    next = (Element) n;
                }
            }
            if (next == null) {
                return null;
            }
            cur = next;
        }
        return cur;
    }

    private static String text(String nameExt) throws IOException {
        try (InputStream in = TemplatesTest.class.getClassLoader().getResourceAsStream(PKG + nameExt)) {
            assertThat(in).as("resource " + PKG + nameExt).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void templatesAndBundledExamplesAreRegisteredForUseWithoutAProject() {
        assertThat(REGISTERED).containsOnlyKeys(
                "EmptyNetwork.hwnet.json", "EmptyAccelerator.hwacc.json", "ExampleSearch.hwsearch.json",
                "resnet50.hwnet.json", "mobilenetv2.hwnet.json", "nb201-cell.hwnet.json",
                "eyeriss-like.hwacc.json", "tpu-like.hwacc.json", "zc706-fpga.hwacc.json");
        REGISTERED.forEach((name, attrs) -> {
            assertThat(attrs).as(name).containsEntry("template", "true").containsEntry("requireProject", "false");
            assertThat(attrs.get("displayName")).as(name + " displayName").startsWith("org.hwnas.templates.Bundle#TPL_");
            assertThat(attrs.get("#url")).as(name + " content").isEqualTo("nbresloc:/" + PKG + name);
            assertThat(attrs.get("iconBase")).as(name + " icon").startsWith(PKG);
            assertThat(TemplatesTest.class.getClassLoader().getResource(attrs.get("iconBase"))).as(name + " icon file").isNotNull();
            assertThat(attrs.get("instantiatingWizardURL")).as(name + " description").endsWith(".html");
        });
    }

    @Test
    void everyTemplateNamesItsKindByEndingAndFormat() throws Exception {
        for (String name : REGISTERED.keySet()) {
            JsonDocument doc = JsonDocument.parse(name, text(name));
            assertThat(doc.problems()).as(name).isEmpty();
            Optional<DocumentKind> byName = DocumentKind.fromFileName(Path.of(name));
            assertThat(byName).as(name + " ending").isPresent();
            assertThat(doc.json().path("format").asText()).as(name + " format").isEqualTo(byName.get().format());
            assertThat(doc.checkFormat(byName.get())).as(name + " checkFormat").isTrue();
        }
    }

    @Test
    void networkTemplatesReadAsValidNetworks() throws Exception {
        Network net = NetworkDocument.parse("EmptyNetwork.hwnet.json", text("EmptyNetwork.hwnet.json"));
        assertThat(net).isNotNull();
        assertThat(NetworkDocument.parse("resnet50.hwnet.json", text("resnet50.hwnet.json")).layers()).hasSize(175);
        for (String name : REGISTERED.keySet()) {
            if (name.endsWith(".hwnet.json")) {
                assertThat(NetworkDocument.parse(name, text(name)).name()).as(name).isNotBlank();
            }
        }
    }

    @Test
    void acceleratorTemplatesReadAsValidAccelerators() throws Exception {
        Accelerator acc = AcceleratorDocument.parse("EmptyAccelerator.hwacc.json", text("EmptyAccelerator.hwacc.json"));
        assertThat(acc).isNotNull();
        for (String name : REGISTERED.keySet()) {
            if (name.endsWith(".hwacc.json")) {
                assertThat(AcceleratorDocument.parse(name, text(name)).name()).as(name).isNotBlank();
            }
        }
    }

    /** The example templates are the files of examples/ byte for byte (the pom takes them from there). */
    @Test
    void exampleTemplatesAreTheRepositoryExamples() throws Exception {
        for (String name : REGISTERED.keySet()) {
            Path example = Path.of("../examples", name.endsWith(".hwnet.json") ? "networks" : "accelerators", name);
            if (!name.startsWith("Empty") && !name.startsWith("Example")) {
                assertThat(text(name)).as(name).isEqualTo(Files.readString(example));
            }
        }
    }

    /** What DocumentNameHandler writes: the document's own name at the top level, still a valid document. */
    @Test
    void createdDocumentsCarryTheirNameAndStayValid() throws Exception {
        String odd = "res\"net \\ 50";
        // the starting-point templates say "untitled"; the bundled examples keep their own names
        for (String name : List.of("EmptyNetwork.hwnet.json", "EmptyAccelerator.hwacc.json", "ExampleSearch.hwsearch.json")) {
            String text = TemplateNames.withDocumentName(text(name), odd);
            JsonDocument doc = JsonDocument.parse(name, text);
            assertThat(doc.json().path("name").asText()).as(name).isEqualTo(odd);
            assertThat(text.indexOf("untitled")).as(name + ": only the top-level name changes").isLessThan(0);
        }
        assertThat(NetworkDocument.parse("n.hwnet.json", TemplateNames.withDocumentName(text("EmptyNetwork.hwnet.json"), odd)).name())
                .isEqualTo(odd);
        assertThat(AcceleratorDocument.parse("a.hwacc.json", TemplateNames.withDocumentName(text("EmptyAccelerator.hwacc.json"), odd)).name())
                .isEqualTo(odd);
        assertThat(TemplateNames.documentName("resnet.hwnet")).isEqualTo("resnet");
        assertThat(TemplateNames.documentName("v1")).isEqualTo("v1");
    }

    /** The validators {@code hwnas validate} uses (model: network, accelerator; search: study) accept the templates. */
    @Test
    void registeredValidatorsAcceptTheTemplates(@TempDir Path dir) throws Exception {
        List<String> checked = new ArrayList<>();
        for (DocumentValidator v : Lookup.getDefault().lookupAll(DocumentValidator.class)) {
            for (String name : REGISTERED.keySet()) {
                if (DocumentKind.fromFileName(Path.of(name)).orElseThrow() == v.kind()) {
                    Path file = Files.writeString(dir.resolve(name), text(name));
                    assertThat(v.validate(file)).as(v.getClass().getName() + " on " + name).isNotBlank();
                    checked.add(name);
                }
            }
        }
        // the model registers network/accelerator/mapping validators; the search module's study validator
        // checks ExampleSearch.hwsearch.json whenever that module registers one
        assertThat(checked).as("validators on the test class path")
                .contains("EmptyNetwork.hwnet.json", "EmptyAccelerator.hwacc.json");
    }
}
