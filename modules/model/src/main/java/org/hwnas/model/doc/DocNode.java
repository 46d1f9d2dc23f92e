package org.hwnas.model.doc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A value inside a {@link JsonDocument} with its path, for decoding with precise error messages.
 * <p>Accessors never throw on bad input: they record a problem ({@code layers[3].kernel: must be > 0,
 * got 0}) and return a fallback, so one pass reports every problem in a document. Decoders call
 * {@link JsonDocument#throwIfProblems()} at the end.
 */
public final class DocNode {
    private final JsonDocument doc;
    private final JsonNode node;
    private final String pointer;
    private final String path;

    DocNode(JsonDocument doc, JsonNode node, String pointer, String path) {
        this.doc = doc;
        this.node = node == null ? MissingNode.getInstance() : node;
        this.pointer = pointer;
        this.path = path;
    }

    public JsonNode json() {
        return node;
    }

    /** Display path such as {@code layers[3].kernel} (empty for the root). */
    public String path() {
        return path;
    }

    public JsonDocument document() {
        return doc;
    }

    public boolean isMissing() {
        return node.isMissingNode();
    }

    public boolean has(String field) {
        return node.isObject() && node.has(field) && !node.get(field).isNull();
    }

    /** The named child (possibly missing). */
    public DocNode get(String field) {
        JsonNode child = node.isObject() ? node.get(field) : null;
        return new DocNode(doc, child, pointer + "/" + escape(field), path.isEmpty() ? field : path + "." + field);
    }

    /** The i-th element of this array. */
    public DocNode at(int i) {
        return new DocNode(doc, node.isArray() ? node.get(i) : null, pointer + "/" + i, path + "[" + i + "]");
    }

    /** Records a problem at this value. */
    public void error(String reason) {
        doc.report(pointer, path, reason);
    }

    /** Records a problem at a field of this object. */
    public void error(String field, String reason) {
        get(field).error(reason);
    }

    // ---- strings -------------------------------------------------------------------------------

    /** A required, non-blank string field. Returns "" after recording a problem. */
    public String string(String field) {
        String s = string(field, null);
        if (s == null && !has(field)) {
            error(field, "missing required field");
        }
        return s == null ? "" : s;
    }

    /** An optional string field. */
    public String string(String field, String fallback) {
        if (!has(field)) {
            return fallback;
        }
        DocNode v = get(field);
        if (!v.node.isTextual()) {
            v.error("must be a string, got " + describe(v.node));
            return fallback;
        }
        if (v.node.asText().isBlank()) {
            v.error("must not be empty");
            return fallback;
        }
        return v.node.asText();
    }

    // ---- numbers -------------------------------------------------------------------------------

    /** A required integer field in {@code [min, max]}. Returns {@code min} after recording a problem. */
    public int integer(String field, int min, int max) {
        return (int) longValue(field, min, max, true, min);
    }

    /** An optional integer field in {@code [min, max]}. */
    public int integer(String field, int fallback, int min, int max) {
        return (int) longValue(field, min, max, false, fallback);
    }

    public long longValue(String field, long min, long max) {
        return longValue(field, min, max, true, min);
    }

    public long longValue(String field, long fallback, long min, long max) {
        return longValue(field, min, max, false, fallback);
    }

    private long longValue(String field, long min, long max, boolean required, long fallback) {
        if (!has(field)) {
            if (required) {
                error(field, "missing required field");
            }
            return fallback;
        }
        DocNode v = get(field);
        if (!v.node.isNumber()) {
            v.error("must be an integer, got " + describe(v.node));
            return fallback;
        }
        if (!v.node.isIntegralNumber()) {
            v.error("must be an integer, got " + v.node.asText());
            return fallback;
        }
        if (!v.node.canConvertToLong() || v.node.asLong() < min || v.node.asLong() > max) {
            v.error(rangeMessage(min, max, v.node.asText()));
            return fallback;
        }
        return v.node.asLong();
    }

    /** This value as an integer in {@code [min, max]} (for array elements). */
    public long asLong(long min, long max, long fallback) {
        if (!node.isIntegralNumber() || !node.canConvertToLong()) {
            error("must be an integer, got " + describe(node));
            return fallback;
        }
        if (node.asLong() < min || node.asLong() > max) {
            error(rangeMessage(min, max, node.asText()));
            return fallback;
        }
        return node.asLong();
    }

    /** A required finite number in {@code [min, max]}. */
    public double number(String field, double min, double max) {
        return number(field, min, max, true, min);
    }

    /** An optional finite number in {@code [min, max]}. */
    public double number(String field, double fallback, double min, double max) {
        return number(field, min, max, false, fallback);
    }

    private double number(String field, double min, double max, boolean required, double fallback) {
        if (!has(field)) {
            if (required) {
                error(field, "missing required field");
            }
            return fallback;
        }
        DocNode v = get(field);
        if (!v.node.isNumber()) {
            v.error("must be a number, got " + describe(v.node));
            return fallback;
        }
        double d = v.node.asDouble();
        if (!Double.isFinite(d)) {
            v.error("must be a finite number, got " + v.node.asText());
            return fallback;
        }
        if (d < min || d > max) {
            v.error(rangeMessage(min, max, v.node.asText()));
            return fallback;
        }
        return d;
    }

    public boolean bool(String field, boolean fallback) {
        if (!has(field)) {
            return fallback;
        }
        DocNode v = get(field);
        if (!v.node.isBoolean()) {
            v.error("must be true or false, got " + describe(v.node));
            return fallback;
        }
        return v.node.asBoolean();
    }

    // ---- enums ---------------------------------------------------------------------------------

    /**
     * An enum field matched case-insensitively, with {@code -} and {@code _} treated alike
     * ({@code "weight-stationary"} matches {@code WEIGHT_STATIONARY}). Unknown values list the valid ones.
     */
    public <E extends Enum<E>> E enumValue(String field, Class<E> type, E fallback) {
        if (!has(field)) {
            if (fallback == null) {
                error(field, "missing required field (valid: " + validNames(type) + ")");
            }
            return fallback;
        }
        return get(field).asEnum(type, fallback);
    }

    /** This value as an enum constant (see {@link #enumValue}). */
    public <E extends Enum<E>> E asEnum(Class<E> type, E fallback) {
        if (!node.isTextual()) {
            error("must be one of " + validNames(type) + ", got " + describe(node));
            return fallback;
        }
        String want = normalize(node.asText());
        for (E e : type.getEnumConstants()) {
            if (normalize(e.name()).equals(want)) {
                return e;
            }
        }
        error("unknown value '" + node.asText() + "' (valid: " + validNames(type) + ")");
        return fallback;
    }

    public static <E extends Enum<E>> String validNames(Class<E> type) {
        return Arrays.stream(type.getEnumConstants())
                .map(e -> e.name().toLowerCase().replace('_', '-'))
                .collect(Collectors.joining(", "));
    }

    private static String normalize(String s) {
        return s.trim().toLowerCase().replace('_', '-');
    }

    // ---- containers ----------------------------------------------------------------------------

    /** A required array field's elements; empty after recording a problem. */
    public List<DocNode> array(String field) {
        if (!has(field)) {
            error(field, "missing required field");
            return List.of();
        }
        return get(field).elements();
    }

    /** An optional array field's elements (empty when absent). */
    public List<DocNode> optionalArray(String field) {
        return has(field) ? get(field).elements() : List.of();
    }

    /** This array's elements; records a problem and returns none if this is not an array. */
    public List<DocNode> elements() {
        if (!node.isArray()) {
            error("must be an array, got " + describe(node));
            return List.of();
        }
        List<DocNode> out = new ArrayList<>(node.size());
        for (int i = 0; i < node.size(); i++) {
            out.add(at(i));
        }
        return out;
    }

    /** A required object field. Records a problem (and returns a missing node) if absent or not an object. */
    public DocNode object(String field) {
        DocNode v = get(field);
        if (!has(field)) {
            error(field, "missing required field");
        } else if (!v.node.isObject()) {
            v.error("must be an object, got " + describe(v.node));
            return new DocNode(doc, null, v.pointer, v.path);
        }
        return v;
    }

    /** The members of this object, in document order. */
    public Map<String, DocNode> members() {
        Map<String, DocNode> out = new LinkedHashMap<>();
        if (!node.isObject()) {
            error("must be an object, got " + describe(node));
            return out;
        }
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            out.put(name, get(name));
        }
        return out;
    }

    /** Reports every field of this object that is not in {@code known} (typos would otherwise be ignored). */
    public void allowOnly(String... known) {
        allowOnly(Set.of(known));
    }

    public void allowOnly(Set<String> known) {
        if (!node.isObject()) {
            return;
        }
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!known.contains(name)) {
                get(name).error("unknown field (valid: " + known.stream().sorted().collect(Collectors.joining(", ")) + ")");
            }
        }
    }

    // ---- helpers -------------------------------------------------------------------------------

    static String describe(JsonNode n) {
        if (n == null || n.isMissingNode()) {
            return "nothing";
        }
        if (n.isTextual()) {
            String s = n.asText();
            return "string \"" + (s.length() > 40 ? s.substring(0, 40) + "..." : s) + "\"";
        }
        if (n.isObject()) {
            return "an object";
        }
        if (n.isArray()) {
            return "an array";
        }
        if (n.isNull()) {
            return "null";
        }
        if (n.isBoolean()) {
            return n.asText();
        }
        return n.asText();
    }

    private static String rangeMessage(double min, double max, String got) {
        double value;
        try {
            value = Double.parseDouble(got);
        } catch (NumberFormatException e) {
            value = Double.NaN;
        }
        // Say which bound was crossed: "must be > 0, got 0" reads better than the whole range.
        if (value > max) {
            return "must be <= " + fmt(max) + ", got " + got;
        }
        return (min == 1 ? "must be > 0" : min == 0 ? "must be >= 0" : "must be >= " + fmt(min)) + ", got " + got;
    }

    private static String fmt(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
    }

    private static String escape(String field) {
        return field.replace("~", "~0").replace("/", "~1");
    }
}
