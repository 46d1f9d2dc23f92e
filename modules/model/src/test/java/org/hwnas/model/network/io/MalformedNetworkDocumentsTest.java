package org.hwnas.model.network.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.hwnas.model.doc.DocumentException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every document under {@code malformed/network/} is refused with exactly the problems its
 * {@code .expected} file lists (each line a substring of one problem line, in order), located by
 * file:line:col and JSON path, and without a stack trace.
 */
class MalformedNetworkDocumentsTest {
    private static final String SUFFIX = ".hwnet.json";

    static Stream<Path> documents() throws IOException, URISyntaxException {
        Path dir = Path.of(MalformedNetworkDocumentsTest.class.getResource("/malformed/network").toURI());
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(SUFFIX)).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void isRefusedWithTheExpectedProblems(Path file) throws IOException {
        DocumentException e = catchThrowableOfType(DocumentException.class, () -> NetworkDocument.read(file));
        assertThat(e).as("%s must be refused", file.getFileName()).isNotNull();
        String name = file.getFileName().toString();
        Path expected = file.resolveSibling(name.substring(0, name.length() - SUFFIX.length()) + ".expected");
        List<String> want = Files.readAllLines(expected).stream().filter(l -> !l.isBlank()).toList();
        List<String> got = e.problems().stream().map(Object::toString).toList();
        if (want.size() == got.size()) {
            for (int i = 0; i < want.size(); i++) {
                assertThat(got.get(i)).contains(want.get(i));
            }
        } else {
            // a document may expect several substrings of its one problem line
            assertThat(got).hasSize(1);
            want.forEach(w -> assertThat(got.get(0)).contains(w));
        }
        assertThat(e.getMessage()).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(e.problems()).allSatisfy(p -> {
            assertThat(p.toString()).startsWith(file.toString());
            assertThat(p.line()).as("every problem has a line").isPositive();
        });
    }

    @Test
    void thereAreEnoughMalformedDocuments() throws Exception {
        assertThat(documents().count()).isGreaterThanOrEqualTo(30);
    }
}
