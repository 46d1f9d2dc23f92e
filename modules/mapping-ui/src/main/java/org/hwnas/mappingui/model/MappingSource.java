package org.hwnas.mappingui.model;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hwnas.model.accel.Accelerator;
import org.hwnas.model.accel.io.AcceleratorDocument;
import org.hwnas.model.doc.DocumentException;
import org.hwnas.model.doc.DocumentKind;
import org.hwnas.model.doc.JsonDocument;
import org.hwnas.model.doc.Problem;
import org.hwnas.model.mapping.Mapping;
import org.hwnas.model.mapping.io.MappingDocument;

/**
 * A mapping document's text (as the editor holds it, maybe unsaved) read into a mapping and the accelerator
 * its {@code accelerator} field names (a {@code *.hwacc.json} path relative to the document). Problems come
 * as {@code file:line:col: path: reason} lines, never as exceptions.
 *
 * @param mapping     the mapping, or null when the text is not a valid mapping
 * @param accelerator the referenced accelerator, or null (a plain name, none, or unreadable)
 * @param problems    why there is no mapping, or why it cannot be evaluated
 */
public record MappingSource(Mapping mapping, Accelerator accelerator, List<String> problems) {

    public MappingSource {
        problems = List.copyOf(problems);
    }

    public static MappingSource parse(Path file, String text) {
        String label = file.toString();
        Accelerator accel = null;
        List<String> problems = new ArrayList<>();
        try {
            JsonDocument doc = JsonDocument.parse(label, text);
            String ref = doc.json().isObject() ? doc.json().path("accelerator").asText("") : "";
            if (ref.endsWith(DocumentKind.ACCELERATOR.suffix())) {
                Path dir = file.toAbsolutePath().getParent();
                Path accelFile = dir == null ? Path.of(ref) : dir.resolve(ref).normalize();
                try {
                    accel = AcceleratorDocument.read(accelFile);
                } catch (DocumentException e) {
                    problems.add(label + ": accelerator: the referenced accelerator document is invalid:");
                    e.problems().forEach(p -> problems.add(p.toString()));
                }
            } else {
                problems.add(label + ": accelerator: " + (ref.isEmpty() ? "no accelerator given" : "'" + ref + "' is a name, not a "
                        + DocumentKind.ACCELERATOR.suffix() + " document") + "; the mapping is shown but cannot be evaluated");
            }
            Mapping m = MappingDocument.decode(doc, accel);
            return new MappingSource(m, accel, problems);
        } catch (DocumentException e) {
            for (Problem p : e.problems()) {
                problems.add(p.toString());
            }
            return new MappingSource(null, accel, problems);
        }
    }

    /** The evaluation, or null when there is no mapping or no accelerator. */
    public MappingEvaluation evaluate() {
        return mapping == null || accelerator == null ? null : MappingEvaluation.of(accelerator, mapping);
    }
}
