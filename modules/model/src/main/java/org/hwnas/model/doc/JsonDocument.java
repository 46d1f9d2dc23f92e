package org.hwnas.model.doc;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A parsed JSON document that remembers where every value stood in the text, so that validation can
 * report {@code file:line:col: path: reason}. Reading is bounded (file size, nesting, string and number
 * length) and never instantiates classes named by the input.
 */
public final class JsonDocument {
    /** Documents larger than this are refused before reading. */
    public static final long MAX_BYTES = 32L * 1024 * 1024;
    private static final int MAX_DEPTH = 64;

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_DEPTH)
                    .maxStringLength(1_000_000)
                    .maxNumberLength(64)
                    .build())
            .build();
    private static final ObjectMapper MAPPER = new ObjectMapper(FACTORY);

    private final String file;
    private final JsonNode root;
    private final Map<String, int[]> locations;
    private final List<Problem> problems = new ArrayList<>();

    private JsonDocument(String file, JsonNode root, Map<String, int[]> locations) {
        this.file = file;
        this.root = root;
        this.locations = locations;
    }

    /** Reads and parses a file; missing, unreadable, oversized or malformed files become one problem. */
    public static JsonDocument read(Path path) throws DocumentException {
        String label = path.toString();
        try {
            long size = Files.size(path);
            if (size > MAX_BYTES) {
                throw fail(label, String.format("file is %,d bytes; documents are limited to %d MiB", size, MAX_BYTES >> 20));
            }
            if (Files.isDirectory(path)) {
                throw fail(label, "is a directory, not a document");
            }
            return parse(label, Files.readAllBytes(path));
        } catch (NoSuchFileException e) {
            throw fail(label, "no such file");
        } catch (IOException e) {
            throw fail(label, "cannot read: " + e.getMessage());
        }
    }

    /** Parses text already in memory; {@code label} names it in messages. */
    public static JsonDocument parse(String label, String text) throws DocumentException {
        return parse(label, text.getBytes(StandardCharsets.UTF_8));
    }

    public static JsonDocument parse(String label, byte[] bytes) throws DocumentException {
        if (bytes.length > MAX_BYTES) {
            throw fail(label, String.format("document is %,d bytes; documents are limited to %d MiB", bytes.length, MAX_BYTES >> 20));
        }
        Map<String, int[]> locations = new HashMap<>();
        try (JsonParser p = FACTORY.createParser(bytes)) {
            JsonToken t = p.nextToken();
            if (t == null) {
                throw fail(label, "empty document");
            }
            JsonNode root = readValue(p, locations);
            if (p.nextToken() != null) {
                JsonLocation at = p.currentTokenLocation();
                throw new DocumentException(new Problem(label, "", at.getLineNr(), at.getColumnNr(),
                        "unexpected content after the end of the document"));
            }
            return new JsonDocument(label, root, locations);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            int line = at == null ? 0 : at.getLineNr();
            int col = at == null ? 0 : at.getColumnNr();
            throw new DocumentException(new Problem(label, "", line, col, "malformed JSON: " + firstLine(e.getOriginalMessage())));
        } catch (IOException e) {
            throw fail(label, "cannot read: " + e.getMessage());
        }
    }

    /** Reads one value, recording the start location of it and of every value inside it. */
    private static JsonNode readValue(JsonParser p, Map<String, int[]> locations) throws IOException {
        // Record locations on a streaming pass, then let Jackson build the tree from a buffered copy.
        com.fasterxml.jackson.databind.util.TokenBuffer buffer = new com.fasterxml.jackson.databind.util.TokenBuffer(p);
        int depth = 0;
        do {
            JsonToken t = p.currentToken();
            if (t != JsonToken.FIELD_NAME && t != JsonToken.END_OBJECT && t != JsonToken.END_ARRAY) {
                JsonLocation at = p.currentTokenLocation();
                locations.put(p.getParsingContext().pathAsPointer().toString(), new int[] {at.getLineNr(), at.getColumnNr()});
            }
            if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
                depth++;
            } else if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
                depth--;
            }
            buffer.copyCurrentEvent(p);
        } while (depth > 0 && p.nextToken() != null);
        try (JsonParser replay = buffer.asParser(MAPPER)) {
            return MAPPER.readTree(replay);
        }
    }

    private static String article(String word) {
        return "aeiou".indexOf(word.charAt(0)) >= 0 ? "an" : "a";
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "syntax error";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    private static DocumentException fail(String label, String reason) {
        return new DocumentException(new Problem(label, "", 0, 0, reason));
    }

    public String file() {
        return file;
    }

    public JsonNode json() {
        return root;
    }

    /** The root as a {@link DocNode}; problems found through it are collected here. */
    public DocNode root() {
        return new DocNode(this, root, "", "");
    }

    /** Records a problem at a JSON pointer (location looked up) with a display path. */
    void report(String pointer, String displayPath, String reason) {
        int[] at = locations.get(pointer);
        if (at == null) {
            // a missing field: point at the object that should have held it
            String parent = pointer;
            while (at == null && !parent.isEmpty()) {
                parent = parent.substring(0, Math.max(0, parent.lastIndexOf('/')));
                at = locations.get(parent);
            }
        }
        problems.add(new Problem(file, displayPath, at == null ? 0 : at[0], at == null ? 0 : at[1], reason));
    }

    public List<Problem> problems() {
        return List.copyOf(problems);
    }

    /** Throws every problem recorded so far, if any. Call after decoding a whole document. */
    public void throwIfProblems() throws DocumentException {
        if (!problems.isEmpty()) {
            throw new DocumentException(problems);
        }
    }

    /**
     * Checks the {@code format} field against the expected kind and version.
     *
     * @return false (with a problem recorded) when the document is of another kind or version
     */
    public boolean checkFormat(DocumentKind expected) {
        DocNode r = root();
        if (!root.isObject()) {
            r.error("a " + expected.formatName() + " document must be a JSON object");
            return false;
        }
        String format = r.string("format", null);
        if (format == null) {
            r.error("missing field 'format' (expected \"" + expected.format() + "\")");
            return false;
        }
        if (!format.equals(expected.format())) {
            String why = DocumentKind.fromFormat(format)
                    .map(k -> k == expected
                            ? "unsupported version '" + format + "'; this build reads " + expected.format()
                            : "is " + article(k.formatName()) + " " + k.formatName() + " document, expected "
                                    + expected.format())
                    .orElse("unknown format '" + format + "' (valid: " + DocumentKind.validFormats() + ")");
            r.get("format").error(why);
            return false;
        }
        return true;
    }
}
