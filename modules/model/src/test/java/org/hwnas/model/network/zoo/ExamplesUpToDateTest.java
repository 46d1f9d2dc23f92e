package org.hwnas.model.network.zoo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.hwnas.model.doc.DocumentException;
import org.hwnas.model.network.Network;
import org.hwnas.model.network.io.NetworkDocument;
import org.junit.jupiter.api.Test;

/**
 * The committed {@code examples/networks/*.hwnet.json} are exactly what {@link ModelZoo} writes, so they
 * never drift from the code. To regenerate after a deliberate change, from the repository root:
 * {@code java -cp modules/model/target/classes:<jackson jars> org.hwnas.model.network.zoo.ModelZoo}.
 */
class ExamplesUpToDateTest {
    /** Surefire runs in the module directory. */
    static final Path EXAMPLES = Path.of("").toAbsolutePath().resolve("../../examples/networks").normalize();

    @Test
    void committedFilesEqualTheZoo() throws IOException {
        for (Map.Entry<String, Network> e : ModelZoo.examples().entrySet()) {
            Path file = ModelZoo.fileFor(EXAMPLES, e.getKey());
            assertThat(file).as("example file (run ModelZoo to regenerate)").exists();
            assertThat(Files.readString(file, StandardCharsets.UTF_8))
                    .as(file + " differs from ModelZoo's " + e.getKey() + " (run ModelZoo to regenerate)")
                    .isEqualTo(NetworkDocument.toText(e.getValue()));
        }
    }

    @Test
    void committedFilesReadBackToTheSameNetworks() throws DocumentException {
        for (Map.Entry<String, Network> e : ModelZoo.examples().entrySet()) {
            assertThat(NetworkDocument.read(ModelZoo.fileFor(EXAMPLES, e.getKey()))).isEqualTo(e.getValue());
        }
    }

    @Test
    void noStrayExampleFiles() throws IOException {
        try (var files = Files.list(EXAMPLES)) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".hwnet.json")))
                    .containsExactlyInAnyOrderElementsOf(ModelZoo.examples().keySet().stream()
                            .map(k -> k + ".hwnet.json").toList());
        }
    }
}
