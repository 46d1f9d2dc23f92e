package org.hwnas.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ValidateCommandTest {
    static final Path REPO = Path.of("../..").toAbsolutePath().normalize();

    static Stream<Path> malformedDocuments() throws IOException {
        try (Stream<Path> modules = Files.list(REPO.resolve("modules"))) {
            return modules.map(m -> m.resolve("src/test/resources/malformed"))
                    .filter(Files::isDirectory)
                    .flatMap(ValidateCommandTest::jsonFiles)
                    .sorted()
                    .toList()
                    .stream();
        }
    }

    private static Stream<Path> jsonFiles(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> p.toString().endsWith(".json")).toList().stream();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void theCorpusHasAtLeastTwentyDocumentsOfEveryModelKind() throws IOException {
        List<Path> docs = malformedDocuments().toList();
        assertThat(docs).hasSizeGreaterThanOrEqualTo(20);
        assertThat(docs).anyMatch(p -> p.toString().contains("/network/"))
                .anyMatch(p -> p.toString().contains("/accelerator/"))
                .anyMatch(p -> p.toString().contains("/mapping/"));
    }

    @ParameterizedTest
    @MethodSource("malformedDocuments")
    void everyMalformedDocumentFailsWithOneLineProblemsNamingTheFile(Path doc) {
        CliRunner r = CliRunner.run("validate", doc.toString());
        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.INVALID);
        assertThat(r.out()).isEmpty();
        List<String> lines = r.err().lines().toList();
        assertThat(lines).isNotEmpty().allSatisfy(line -> {
            assertThat(line).startsWith(doc.toString() + ":");
            assertThat(line).doesNotContain("Exception").doesNotStartWith("\tat ");
            // after the file (and line:col) comes a reason, not an empty message
            assertThat(line.substring(doc.toString().length())).matches(":(\\d+:\\d+:)? .+");
        });
    }

    @Test
    void bundledExamplesAreValid() throws IOException {
        List<String> args;
        try (Stream<Path> s = Files.walk(REPO.resolve("examples"))) {
            args = s.filter(p -> p.getFileName().toString().matches(".*\\.hw(net|acc|map)\\.json")).map(Path::toString).sorted().toList();
        }
        assertThat(args).hasSizeGreaterThanOrEqualTo(11);
        CliRunner r = CliRunner.run(Stream.concat(Stream.of("validate"), args.stream()).toArray(String[]::new));
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out().lines()).hasSize(args.size()).allMatch(l -> l.startsWith("OK "));
    }

    @Test
    void missingFileIsOneLine() {
        CliRunner r = CliRunner.run("validate", "no/such.hwnet.json");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err().strip()).isEqualTo("no/such.hwnet.json: no such file");
    }

    @Test
    void documentWithoutKindSaysHowToNameIt(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        Path f = dir.resolve("thing.json");
        Files.writeString(f, "{\"layers\": []}");
        CliRunner r = CliRunner.run("validate", f.toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("cannot tell the document kind");
    }

    @Test
    void plainJsonNameIsRecognisedByItsFormatField(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        Path f = dir.resolve("net.json");
        Files.copy(REPO.resolve("examples/networks/alexnet.hwnet.json"), f);
        CliRunner r = CliRunner.run("validate", f.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("network alexnet");
    }

    @Test
    void unknownCommandIsAUsageError() {
        assertThat(CliRunner.run("frobnicate").exitCode()).isEqualTo(ExitCodes.USAGE);
    }
}
