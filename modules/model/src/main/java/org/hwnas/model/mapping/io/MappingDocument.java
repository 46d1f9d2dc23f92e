package org.hwnas.model.mapping.io;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hwnas.model.accel.Accelerator;
import org.hwnas.model.accel.io.AcceleratorDocument;
import org.hwnas.model.accel.io.DocPath;
import org.hwnas.model.accel.io.Numbers;
import org.hwnas.model.doc.DocNode;
import org.hwnas.model.doc.DocumentException;
import org.hwnas.model.doc.DocumentKind;
import org.hwnas.model.doc.DocumentWriter;
import org.hwnas.model.doc.JsonDocument;
import org.hwnas.model.doc.Problem;
import org.hwnas.model.mapping.LevelMapping;
import org.hwnas.model.mapping.Loop;
import org.hwnas.model.mapping.Mapping;
import org.hwnas.model.mapping.MappingRules;
import org.hwnas.model.workload.LoopBounds;
import org.hwnas.model.workload.Tensor;

/**
 * Reads and writes {@code *.hwmap.json} documents ({@code "format": "mapping/1"}); the schema is in
 * {@code docs/mapping-format.md}. A mapping is always checked against its layer (factors multiply to the
 * bounds); it is also checked against an accelerator when one is given or when the document's
 * {@code accelerator} field names an accelerator document (relative to the mapping file).
 */
public final class MappingDocument {
    private static final int MAX_BOUND = 1 << 24;

    private MappingDocument() {
    }

    /** Reads a mapping; when it names an accelerator document, checks it against that too. */
    public static Mapping read(Path file) throws DocumentException {
        JsonDocument doc = JsonDocument.read(file);
        Accelerator accel = referencedAccelerator(doc, file);
        return decode(doc, accel);
    }

    /** Reads a mapping and checks it against the given accelerator. */
    public static Mapping read(Path file, Accelerator accel) throws DocumentException {
        return decode(JsonDocument.read(file), accel);
    }

    public static Mapping parse(String label, String text) throws DocumentException {
        return decode(JsonDocument.parse(label, text), null);
    }

    public static Mapping parse(String label, String text, Accelerator accel) throws DocumentException {
        return decode(JsonDocument.parse(label, text), accel);
    }

    private static Accelerator referencedAccelerator(JsonDocument doc, Path file) throws DocumentException {
        if (!doc.json().isObject() || !doc.json().path("accelerator").isTextual()) {
            return null;
        }
        String ref = doc.json().get("accelerator").asText();
        if (!ref.endsWith(DocumentKind.ACCELERATOR.suffix())) {
            return null; // a plain name: nothing to load
        }
        Path dir = file.toAbsolutePath().getParent();
        Path accelFile = dir == null ? Path.of(ref) : dir.resolve(ref).normalize();
        try {
            return AcceleratorDocument.read(accelFile);
        } catch (DocumentException e) {
            List<Problem> problems = new ArrayList<>();
            problems.add(new Problem(doc.file(), "accelerator", 0, 0, "the referenced accelerator document is invalid:"));
            problems.addAll(e.problems());
            throw new DocumentException(problems);
        }
    }

    /** Decodes a parsed document; {@code accel} may be null (then only the layer rules apply). */
    public static Mapping decode(JsonDocument doc, Accelerator accel) throws DocumentException {
        if (!doc.checkFormat(DocumentKind.MAPPING)) {
            doc.throwIfProblems();
        }
        DocNode r = doc.root();
        r.allowOnly("format", "accelerator", "layer", "levels", "spatial");
        String accelRef = r.string("accelerator", "");
        DocNode layer = r.object("layer");
        String layerName = layer.isMissing() ? "" : layer.string("name", "");
        LoopBounds bounds = layer.isMissing() ? null : bounds(layer);
        List<LevelMapping> levels = new ArrayList<>();
        for (DocNode l : r.array("levels")) {
            levels.add(level(l));
        }
        Map<String, List<Loop>> spatial = new LinkedHashMap<>();
        if (r.has("spatial")) {
            for (Map.Entry<String, DocNode> e : r.object("spatial").members().entrySet()) {
                spatial.put(e.getKey(), loops(e.getValue()));
            }
        }
        doc.throwIfProblems();
        if (bounds == null) {
            throw new DocumentException(new Problem(doc.file(), "layer", 0, 0, "missing layer bounds"));
        }
        Mapping m = new Mapping(layerName, bounds, levels, spatial, accelRef);
        List<MappingRules.Violation> violations = accel == null ? MappingRules.check(m) : MappingRules.check(m, accel);
        for (MappingRules.Violation v : violations) {
            DocPath.resolve(r, v.path()).error(v.message());
        }
        doc.throwIfProblems();
        return m;
    }

    private static LoopBounds bounds(DocNode l) {
        l.allowOnly("name", "n", "g", "k", "c", "p", "q", "r", "s", "stride", "dilation");
        int n = (int) Numbers.count(l, "n", 1, MAX_BOUND);
        int g = (int) Numbers.count(l, "g", 1, MAX_BOUND);
        int k = (int) Numbers.count(l, "k", -1, MAX_BOUND);
        int c = (int) Numbers.count(l, "c", -1, MAX_BOUND);
        int p = (int) Numbers.count(l, "p", 1, MAX_BOUND);
        int q = (int) Numbers.count(l, "q", 1, MAX_BOUND);
        int r = (int) Numbers.count(l, "r", 1, MAX_BOUND);
        int s = (int) Numbers.count(l, "s", 1, MAX_BOUND);
        int[] stride = pair(l, "stride");
        int[] dilation = pair(l, "dilation");
        return new LoopBounds(n, g, k, c, p, q, r, s, stride[0], stride[1], dilation[0], dilation[1]);
    }

    /** {@code [w, h]} or one number for both; defaults to 1. */
    private static int[] pair(DocNode l, String field) {
        if (!l.has(field)) {
            return new int[] {1, 1};
        }
        DocNode v = l.get(field);
        if (v.json().isIntegralNumber()) {
            int x = (int) v.asLong(1, 64, 1);
            return new int[] {x, x};
        }
        List<DocNode> items = v.elements();
        if (items.size() != 2) {
            if (v.json().isArray()) {
                v.error("must be [width, height], got " + items.size() + " values");
            }
            return new int[] {1, 1};
        }
        return new int[] {(int) items.get(0).asLong(1, 64, 1), (int) items.get(1).asLong(1, 64, 1)};
    }

    private static LevelMapping level(DocNode l) {
        l.allowOnly("level", "temporal", "keep");
        String name = l.string("level");
        List<Loop> temporal = l.has("temporal") ? loops(l.get("temporal")) : List.of();
        Set<Tensor> keep = l.has("keep") ? AcceleratorDocument.tensors(l.get("keep")) : null;
        return new LevelMapping(name, temporal, keep);
    }

    private static List<Loop> loops(DocNode list) {
        List<Loop> out = new ArrayList<>();
        for (DocNode item : list.elements()) {
            if (!item.json().isTextual()) {
                item.error("a loop is written as a dimension and a factor, e.g. \"P8\"; got " + item.json());
                continue;
            }
            try {
                out.add(Loop.parse(item.json().asText()));
            } catch (IllegalArgumentException e) {
                item.error(e.getMessage());
            }
        }
        return out;
    }

    // ---- writing -------------------------------------------------------------------------------

    public static ObjectNode toJson(Mapping m) {
        ObjectNode o = DocumentWriter.newDocument(DocumentKind.MAPPING);
        if (!m.accelerator().isEmpty()) {
            o.put("accelerator", m.accelerator());
        }
        ObjectNode layer = o.putObject("layer");
        if (!m.layerName().isEmpty()) {
            layer.put("name", m.layerName());
        }
        LoopBounds b = m.bounds();
        layer.put("n", b.n());
        layer.put("g", b.g());
        layer.put("k", b.k());
        layer.put("c", b.c());
        layer.put("p", b.p());
        layer.put("q", b.q());
        layer.put("r", b.r());
        layer.put("s", b.s());
        if (b.strideW() != 1 || b.strideH() != 1) {
            layer.putArray("stride").add(b.strideW()).add(b.strideH());
        }
        if (b.dilationW() != 1 || b.dilationH() != 1) {
            layer.putArray("dilation").add(b.dilationW()).add(b.dilationH());
        }
        ArrayNode levels = o.putArray("levels");
        for (LevelMapping l : m.levels()) {
            ObjectNode x = levels.addObject();
            x.put("level", l.level());
            ArrayNode t = x.putArray("temporal");
            l.temporal().forEach(loop -> t.add(loop.toString()));
            l.keepOverride().ifPresent(keep -> {
                ArrayNode k = x.putArray("keep");
                for (Tensor tensor : Tensor.values()) {
                    if (keep.contains(tensor)) {
                        k.add(tensor.key());
                    }
                }
            });
        }
        if (!m.spatial().isEmpty()) {
            ObjectNode s = o.putObject("spatial");
            m.spatial().forEach((axis, loops) -> {
                ArrayNode a = s.putArray(axis);
                loops.forEach(loop -> a.add(loop.toString()));
            });
        }
        return o;
    }

    public static String toText(Mapping m) {
        return DocumentWriter.toText(toJson(m));
    }

    public static void write(Mapping m, Path file) throws IOException {
        DocumentWriter.write(toJson(m), file);
    }
}
