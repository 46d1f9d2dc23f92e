package org.hwnas.model.accel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.hwnas.model.accel.io.AcceleratorDocument;
import org.hwnas.model.doc.DocumentException;
import org.hwnas.model.mapping.io.MappingDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every document under {@code malformed/} must be refused with each line of its {@code .expected} file
 * in the message, without a stack trace in the message text.
 */
class MalformedDocumentsTest {

    static Path resources(String dir) {
        try {
            return Path.of(MalformedDocumentsTest.class.getResource("/" + dir).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Stream<Path> accelerators() throws IOException {
        return list(resources("malformed/accelerator"), ".hwacc.json");
    }

    static Stream<Path> mappings() throws IOException {
        return list(resources("malformed/mapping"), ".hwmap.json");
    }

    private static Stream<Path> list(Path dir, String suffix) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(suffix)).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("accelerators")
    void malformedAcceleratorIsRefused(Path file) throws IOException {
        DocumentException e = catchThrowableOfType(DocumentException.class, () -> AcceleratorDocument.read(file));
        assertRefused(file, ".hwacc.json", e);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mappings")
    void malformedMappingIsRefused(Path file) throws IOException {
        DocumentException e = catchThrowableOfType(DocumentException.class, () -> MappingDocument.read(file));
        assertRefused(file, ".hwmap.json", e);
    }

    private static void assertRefused(Path file, String suffix, DocumentException e) throws IOException {
        assertThat(e).as("%s must be refused", file.getFileName()).isNotNull();
        String name = file.getFileName().toString();
        Path expected = file.resolveSibling(name.substring(0, name.length() - suffix.length()) + ".expected");
        List<String> lines = Files.readAllLines(expected).stream().filter(l -> !l.isBlank()).toList();
        assertThat(lines).isNotEmpty();
        for (String want : lines) {
            assertThat(e.getMessage()).contains(want);
        }
        // one line per problem, each naming the file; never a Java stack trace
        assertThat(e.getMessage()).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(e.problems()).allSatisfy(p -> assertThat(p.toString()).startsWith(file.toString()));
    }

    @Test
    void thereAreEnoughMalformedDocuments() throws IOException {
        assertThat(accelerators().count()).isGreaterThanOrEqualTo(12);
        assertThat(mappings().count()).isGreaterThanOrEqualTo(10);
    }

    @Test
    void everyProblemIsReportedAtOnce() throws IOException {
        DocumentException e = catchThrowableOfType(DocumentException.class,
                () -> AcceleratorDocument.read(resources("malformed/accelerator").resolve("zero-clock-and-more.hwacc.json")));
        assertThat(e.problems()).hasSizeGreaterThanOrEqualTo(5);
        assertThat(e.problems()).allSatisfy(p -> assertThat(p.line()).isPositive());
    }
}
