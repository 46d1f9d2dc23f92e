package org.hwnas.search.space;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.hwnas.model.accel.Accelerator;
import org.hwnas.model.accel.io.AcceleratorDocument;
import org.hwnas.model.doc.DocNode;
import org.hwnas.model.doc.DocumentException;

/** Reads the option lists of space definitions, recording problems on the nodes. */
public final class SpaceOptions {
    private SpaceOptions() {
    }

    /** A non-empty list of distinct integers in [min, max], or {@code fallback} (after a problem, or when absent). */
    public static List<Integer> ints(DocNode spec, String field, List<Integer> fallback, int min, int max) {
        if (!spec.has(field)) {
            return fallback;
        }
        Set<Integer> out = new LinkedHashSet<>();
        List<DocNode> items = spec.get(field).elements();
        for (DocNode n : items) {
            if (!n.json().canConvertToInt() || !n.json().isIntegralNumber()) {
                n.error("must be an integer " + min + ".." + max);
                continue;
            }
            int v = n.json().asInt();
            if (v < min || v > max) {
                n.error("must be " + min + ".." + max + ", got " + v);
            } else if (!out.add(v)) {
                n.error("listed twice");
            }
        }
        if (out.isEmpty()) {
            if (spec.get(field).json().isArray() && items.isEmpty()) {
                spec.get(field).error("the space is empty: list at least one value");
            }
            return fallback;
        }
        return List.copyOf(out);
    }

    /** A non-empty list of distinct numbers in (0, max], or {@code fallback}. */
    public static List<Double> positives(DocNode spec, String field, List<Double> fallback, double max) {
        if (!spec.has(field)) {
            return fallback;
        }
        Set<Double> out = new LinkedHashSet<>();
        List<DocNode> items = spec.get(field).elements();
        for (DocNode n : items) {
            if (!n.json().isNumber() || !(n.json().asDouble() > 0) || n.json().asDouble() > max) {
                n.error("must be a number in (0, " + max + "]");
            } else if (!out.add(n.json().asDouble())) {
                n.error("listed twice");
            }
        }
        if (out.isEmpty()) {
            if (spec.get(field).json().isArray() && items.isEmpty()) {
                spec.get(field).error("the space is empty: list at least one value");
            }
            return fallback;
        }
        return new ArrayList<>(out);
    }

    /** One integer per stage, or {@code fallback}; wrong lengths are reported. */
    public static List<Integer> perStage(DocNode spec, String field, List<Integer> fallback, int min, int max) {
        if (!spec.has(field)) {
            return fallback;
        }
        List<DocNode> items = spec.get(field).elements();
        if (items.size() != fallback.size()) {
            if (spec.get(field).json().isArray()) {
                spec.get(field).error("give one value per stage (" + fallback.size() + "), got " + items.size());
            }
            return fallback;
        }
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            DocNode n = items.get(i);
            if (!n.json().isIntegralNumber() || n.json().asLong() < min || n.json().asLong() > max) {
                n.error("must be an integer " + min + ".." + max);
                out.add(fallback.get(i));
            } else {
                out.add(n.json().asInt());
            }
        }
        return out;
    }

    /**
     * The accelerator document named by {@code field}, resolved against the study's folder; null after
     * recording why it cannot be used (its own first problem is quoted).
     */
    public static Accelerator design(DocNode spec, String field) {
        String name = spec.string(field);
        if (name.isEmpty()) {
            return null;
        }
        Path base = Path.of(spec.document().file()).toAbsolutePath().getParent();
        Path file = base == null ? Path.of(name) : base.resolve(name).normalize();
        try {
            return AcceleratorDocument.read(file);
        } catch (DocumentException e) {
            spec.get(field).error("cannot use " + name + ": " + e.problems().get(0));
            return null;
        } catch (RuntimeException e) {
            spec.get(field).error("cannot use " + name + ": " + e.getMessage());
            return null;
        }
    }
}
