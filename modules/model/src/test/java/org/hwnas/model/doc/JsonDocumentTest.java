package org.hwnas.model.doc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonDocumentTest {

    private static final String LAYERS = """
            {
              "format": "network/1",
              "layers": [
                {"name": "a", "kernel": 3},
                {"name": "b", "kernel": 0}
              ]
            }
            """;

    @Test
    void problemNamesFilePathLineAndColumn() throws Exception {
        JsonDocument doc = JsonDocument.parse("net.hwnet.json", LAYERS);
        DocNode layer = doc.root().array("layers").get(1);
        int k = layer.integer("kernel", 1, 64);
        assertThat(k).isEqualTo(1);
        assertThat(doc.problems()).singleElement()
                .hasToString("net.hwnet.json:5:29: layers[1].kernel: must be > 0, got 0");
    }

    @Test
    void missingFieldPointsAtTheEnclosingObject() throws Exception {
        JsonDocument doc = JsonDocument.parse("n", LAYERS);
        doc.root().array("layers").get(0).string("kind");
        Problem p = doc.problems().get(0);
        assertThat(p.path()).isEqualTo("layers[0].kind");
        assertThat(p.reason()).isEqualTo("missing required field");
        assertThat(p.line()).isEqualTo(4);
        assertThat(p.column()).isEqualTo(5);
    }

    @Test
    void allProblemsAreCollectedBeforeThrowing() throws Exception {
        JsonDocument doc = JsonDocument.parse("n", "{\"a\": \"x\", \"b\": 2.5, \"c\": -1, \"typo\": 1}");
        DocNode r = doc.root();
        r.integer("a", 0, 10);
        r.integer("b", 0, 10);
        r.integer("c", 0, 10);
        r.allowOnly("a", "b", "c");
        assertThatThrownBy(doc::throwIfProblems).isInstanceOf(DocumentException.class)
                .satisfies(e -> assertThat(((DocumentException) e).problems()).extracting(Problem::reason)
                        .containsExactly("must be an integer, got string \"x\"", "must be an integer, got 2.5",
                                "must be >= 0, got -1", "unknown field (valid: a, b, c)"));
    }

    @Test
    void syntaxErrorsHaveALocationAndNoStackTraceText() {
        assertThatThrownBy(() -> JsonDocument.parse("bad.json", "{\n  \"a\": [1, 2,\n"))
                .isInstanceOf(DocumentException.class)
                .hasMessageStartingWith("bad.json:3:")
                .hasMessageContaining("malformed JSON")
                .hasMessageNotContaining("Exception");
    }

    @Test
    void nanIsRefusedAsMalformed() {
        assertThatThrownBy(() -> JsonDocument.parse("n.json", "{\"x\": NaN}"))
                .hasMessageStartingWith("n.json:1:").hasMessageContaining("NaN");
    }

    @Test
    void duplicateKeysAreRefused() {
        assertThatThrownBy(() -> JsonDocument.parse("d.json", "{\"x\": 1, \"x\": 2}"))
                .hasMessageContaining("Duplicate field 'x'");
    }

    @Test
    void missingAndOversizedFilesAreOneLineErrors(@TempDir Path dir) throws Exception {
        assertThatThrownBy(() -> JsonDocument.read(dir.resolve("none.hwnet.json")))
                .hasMessageEndingWith("none.hwnet.json: no such file");
        Path big = dir.resolve("big.json");
        try (var ch = Files.newByteChannel(big, java.nio.file.StandardOpenOption.CREATE_NEW,
                java.nio.file.StandardOpenOption.WRITE, java.nio.file.StandardOpenOption.SPARSE)) {
            ch.position(JsonDocument.MAX_BYTES + 1).write(java.nio.ByteBuffer.wrap(new byte[] {'x'}));
        }
        assertThatThrownBy(() -> JsonDocument.read(big)).hasMessageContaining("documents are limited to 32 MiB");
    }

    @Test
    void deepNestingIsRefused() {
        String deep = "[".repeat(200) + "]".repeat(200);
        assertThatThrownBy(() -> JsonDocument.parse("deep.json", deep)).hasMessageContaining("malformed JSON");
    }

    @Test
    void formatCheckNamesKindAndVersion() throws Exception {
        JsonDocument wrongKind = JsonDocument.parse("a", "{\"format\": \"accelerator/1\"}");
        assertThat(wrongKind.checkFormat(DocumentKind.NETWORK)).isFalse();
        assertThat(wrongKind.problems().get(0).reason()).isEqualTo("is an accelerator document, expected network/1");
        JsonDocument newer = JsonDocument.parse("a", "{\"format\": \"network/2\"}");
        newer.checkFormat(DocumentKind.NETWORK);
        assertThat(newer.problems().get(0).reason()).contains("unsupported version 'network/2'");
        JsonDocument none = JsonDocument.parse("a", "{}");
        none.checkFormat(DocumentKind.NETWORK);
        assertThat(none.problems().get(0).reason()).isEqualTo("missing field 'format' (expected \"network/1\")");
    }

    @Test
    void enumsMatchKebabCaseAndListValidValues() throws Exception {
        JsonDocument doc = JsonDocument.parse("e", "{\"t\": \"input-s\", \"u\": \"Outputs\"}");
        assertThat(doc.root().enumValue("u", org.hwnas.model.workload.Tensor.class, null))
                .isEqualTo(org.hwnas.model.workload.Tensor.OUTPUTS);
        doc.root().enumValue("t", org.hwnas.model.workload.Tensor.class, null);
        assertThat(doc.problems().get(0).reason()).isEqualTo("unknown value 'input-s' (valid: weights, inputs, outputs)");
    }

    @Test
    void writerIsStableAndEndsWithNewline() {
        var o = DocumentWriter.newDocument(DocumentKind.NETWORK);
        o.put("name", "x");
        o.putArray("shape").add(1).add(3);
        String text = DocumentWriter.toText(o);
        assertThat(text).isEqualTo("{\n  \"format\" : \"network/1\",\n  \"name\" : \"x\",\n  \"shape\" : [\n    1,\n    3\n  ]\n}\n");
        assertThat(DocumentWriter.toText(o)).isEqualTo(text);
    }
}
