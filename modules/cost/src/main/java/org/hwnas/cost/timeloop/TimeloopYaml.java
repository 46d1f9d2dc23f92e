package org.hwnas.cost.timeloop;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import org.hwnas.model.workload.Dim;

/**
 * Reads Timeloop's YAML (v0.4) as a tree. Custom tags ({@code !Container}, {@code !Component},
 * {@code !Parallel}) are ignored; the structure tells the node kinds apart. Bounded like our documents.
 * Public for the other Timeloop readers (the mapper's constraints).
 */
public final class TimeloopYaml {
    static final long MAX_BYTES = 8L * 1024 * 1024;
    private static final ObjectMapper YAML = new ObjectMapper(YAMLFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).maxStringLength(1_000_000).build())
            .build());

    private TimeloopYaml() {
    }

    public static JsonNode read(Path file) throws TimeloopException {
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new TimeloopException(file + ": larger than " + (MAX_BYTES >> 20) + " MiB, refused");
            }
            JsonNode n = YAML.readTree(file.toFile());
            if (n == null || n.isMissingNode()) {
                throw new TimeloopException(file + ": empty YAML document");
            }
            return n;
        } catch (NoSuchFileException e) {
            throw new TimeloopException(file + ": no such file");
        } catch (IOException e) {
            String msg = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("");
            throw new TimeloopException(file + ": not valid YAML: " + msg);
        }
    }

    /** Timeloop dim letter to ours ({@code M} is output channels, our K). */
    public static Dim dim(String letter, Path file, String where) throws TimeloopException {
        try {
            return Dim.parse(letter);
        } catch (IllegalArgumentException e) {
            throw new TimeloopException(file + ": " + where + ": " + e.getMessage());
        }
    }

    public static String text(JsonNode n) {
        return n == null || n.isNull() ? "" : n.asText().trim();
    }

    public static String lower(JsonNode n) {
        return text(n).toLowerCase(Locale.ROOT);
    }
}
