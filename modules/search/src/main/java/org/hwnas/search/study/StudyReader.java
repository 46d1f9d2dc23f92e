package org.hwnas.search.study;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.hwnas.model.doc.DocNode;
import org.hwnas.model.doc.DocumentException;
import org.hwnas.model.doc.DocumentKind;
import org.hwnas.model.doc.DocumentWriter;
import org.hwnas.model.doc.JsonDocument;
import org.hwnas.search.api.Constraint;
import org.hwnas.search.api.EngineOptions;
import org.hwnas.search.api.Goal;
import org.hwnas.search.api.Objective;
import org.hwnas.search.api.OptionSpec;
import org.hwnas.search.api.SearchEngines;
import org.hwnas.search.api.SearchSpaces;
import org.hwnas.search.spi.SearchEngine;
import org.hwnas.search.spi.SearchSpace;
import org.hwnas.search.space.Nb201Space;
import org.hwnas.search.space.ProductSpace;

/**
 * Reads and validates a study document. Every problem is reported at once as
 * {@code file:line:col: path: reason}; ids of spaces, engines, estimators and models are checked
 * against the registered services, and each unknown one lists the valid ids.
 */
public final class StudyReader {
    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]{0,63}");
    private static final int MAX_OBJECTIVES = 3;

    private StudyReader() {
    }

    public static Study read(Path file) throws DocumentException {
        return decode(file, JsonDocument.read(file));
    }

    /** For tests and editors: text already in memory, labelled {@code file}. */
    public static Study parse(Path file, String text) throws DocumentException {
        return decode(file, JsonDocument.parse(file.toString(), text));
    }

    private static Study decode(Path file, JsonDocument doc) throws DocumentException {
        if (!doc.checkFormat(DocumentKind.SEARCH)) {
            doc.throwIfProblems();
        }
        DocNode root = doc.root();
        root.allowOnly("format", "name", "description", "space", "spaces", "objectives", "measures", "constraints",
                "engine", "budget", "seed", "workers", "batch");
        String fileName = file.getFileName() == null ? "study" : file.getFileName().toString();
        String name = root.string("name", fileName.replace(".hwsearch.json", ""));
        root.string("description", "");

        StudySpaces spaces = spaces(root);
        SearchSpace space = spaces.space();
        Map<String, Measure> measures = new java.util.LinkedHashMap<>();
        Set<String> declared = new LinkedHashSet<>(); // names given, even where the measure was invalid
        List<Objective> objectives = objectives(root, spaces, measures, declared);
        for (DocNode m : root.optionalArray("measures")) {
            String mName = name(m, declared);
            Measure measure = MeasureReader.read(m, mName, spaces, false);
            if (measure != null && !mName.isEmpty()) {
                measures.put(mName, measure);
            }
        }
        List<Constraint> constraints = constraints(root, declared, measures.keySet());

        DocNode engineNode = root.object("engine");
        SearchEngine engine = engine(engineNode);
        EngineOptions options = engine == null ? new EngineOptions(Map.of()) : options(engineNode, engine);

        DocNode budget = root.object("budget");
        budget.allowOnly("trials", "seconds");
        Budget b = new Budget(budget.integer("trials", 1, 10_000_000), budget.number("seconds", 0, 0, 1e9));
        long seed = root.longValue("seed", 0, 0, Long.MAX_VALUE);
        int workers = root.integer("workers", 1, 1, 256);
        int batch = root.has("batch") ? root.integer("batch", 1, 1, 100_000) : 0;
        doc.throwIfProblems();

        org.hwnas.search.api.SearchContext ctx = new org.hwnas.search.api.SearchContext(space, objectives, options, seed);
        String unfit = engine.incompatibility(ctx);
        if (unfit != null) { // e.g. an engine that needs a particular space or a required option
            engineNode.get("id").error(unfit);
            doc.throwIfProblems();
        }
        if (batch == 0) {
            batch = engine.defaultBatch(ctx);
        }
        ObjectNode fp = fingerprint(root, engine, options, seed, batch);
        if (space.inputs() != null) {
            fp.set("inputs", space.inputs()); // a changed base design must refuse a resume too
        }
        return new Study(file, name, space, List.copyOf(measures.values()), objectives, constraints, engine, options,
                batch, b, seed, workers, fp);
    }

    /** {@code "space": {...}} or {@code "spaces": [{...}, ...]} (several make joint candidates). */
    private static StudySpaces spaces(DocNode root) {
        int before = root.document().problems().size();
        if (!root.has("spaces")) {
            SearchSpace s = space(root.object("space"));
            return new StudySpaces(s, List.of(s.id()), List.of(s), root.document().problems().size() == before);
        }
        DocNode list = root.get("spaces");
        if (root.has("space")) {
            list.error("give \"space\" or \"spaces\", not both");
        }
        List<DocNode> items = list.elements();
        if (list.json().isArray() && items.isEmpty()) {
            list.error("list at least one space");
        }
        List<SearchSpace> parts = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (DocNode n : items) {
            SearchSpace s = space(n);
            String name = n.has("name") ? n.string("name", s.id()) : n.json().path("id").asText(s.id());
            if (names.contains(name)) {
                (n.has("name") ? n.get("name") : n).error("space name '" + name + "' is used twice; give each space a distinct \"name\"");
            }
            parts.add(s);
            names.add(name);
        }
        if (parts.isEmpty()) {
            SearchSpace s = Nb201Space.full(); // problem already recorded
            return new StudySpaces(s, List.of(s.id()), List.of(s), false);
        }
        return new StudySpaces(parts.size() == 1 ? parts.get(0) : new ProductSpace(parts), names, parts,
                root.document().problems().size() == before);
    }

    private static SearchSpace space(DocNode n) {
        if (n.isMissing() || !n.json().isObject()) {
            if (!n.isMissing()) {
                n.error("must be an object, got " + n.json().getNodeType().toString().toLowerCase());
            }
            return Nb201Space.full(); // problem already recorded
        }
        String id = n.string("id");
        try {
            SearchSpace s = SearchSpaces.byId(id).create(n);
            return s == null ? Nb201Space.full() : s; // null: the factory recorded why
        } catch (IllegalArgumentException e) {
            if (!id.isEmpty()) {
                n.get("id").error(e.getMessage());
            }
            return Nb201Space.full();
        }
    }

    private static List<Objective> objectives(DocNode root, StudySpaces spaces, Map<String, Measure> measures, Set<String> declared) {
        List<DocNode> list = root.array("objectives");
        if (root.has("objectives") && root.get("objectives").json().isArray()
                && (list.isEmpty() || list.size() > MAX_OBJECTIVES)) {
            root.get("objectives").error("give 1 to " + MAX_OBJECTIVES + " objectives, got " + list.size());
        }
        List<Objective> out = new ArrayList<>();
        for (DocNode o : list) {
            String name = name(o, declared);
            Goal goal = o.enumValue("goal", Goal.class, null);
            Measure m = MeasureReader.read(o, name, spaces, true);
            if (m != null && goal != null && !name.isEmpty()) {
                measures.put(name, m);
                out.add(new Objective(name, goal));
            }
        }
        return out;
    }

    private static String name(DocNode n, Set<String> taken) {
        String name = n.string("name");
        if (name.isEmpty()) {
            return "";
        }
        if (!NAME.matcher(name).matches()) {
            n.get("name").error("must start with a letter and use letters, digits, '_', '.', '-' (at most 64)");
            return "";
        }
        if (!taken.add(name)) {
            n.get("name").error("name '" + name + "' is used twice");
            return "";
        }
        return name;
    }

    /** Reads bounds; contradictions (min > max, disjoint bounds on one measure) name both sides. */
    private static List<Constraint> constraints(DocNode root, Set<String> names, Set<String> valid) {
        List<Constraint> out = new ArrayList<>();
        Map<String, double[]> range = new HashMap<>();
        for (DocNode c : root.optionalArray("constraints")) {
            c.allowOnly("name", "min", "max");
            String name = c.string("name");
            if (name.isEmpty()) {
                continue;
            }
            if (!names.contains(name)) {
                c.get("name").error("no objective or measure named '" + name + "' (known: " + String.join(", ", names) + ")");
                continue;
            }
            if (!valid.contains(name)) {
                continue; // its measure is invalid, already reported
            }
            if (!c.has("min") && !c.has("max")) {
                c.error("a constraint needs \"min\", \"max\" or both");
                continue;
            }
            double min = c.number("min", Double.NEGATIVE_INFINITY, -1e300, 1e300);
            double max = c.number("max", Double.POSITIVE_INFINITY, -1e300, 1e300);
            if (min > max) {
                c.error("min " + fmt(min) + " > max " + fmt(max) + ": no candidate can satisfy it");
                continue;
            }
            double[] r = range.computeIfAbsent(name, k -> new double[] {Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY});
            r[0] = Math.max(r[0], min);
            r[1] = Math.min(r[1], max);
            if (r[0] > r[1]) {
                c.error("contradicts an earlier constraint on '" + name + "': together they need "
                        + fmt(r[0]) + " <= " + name + " <= " + fmt(r[1]));
                continue;
            }
            out.add(new Constraint(name, min, max));
        }
        return out;
    }

    private static String fmt(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
    }

    private static SearchEngine engine(DocNode n) {
        if (n.isMissing() || !n.json().isObject()) {
            return null;
        }
        n.allowOnly("id", "options");
        String id = n.string("id");
        try {
            return id.isEmpty() ? null : SearchEngines.byId(id);
        } catch (IllegalArgumentException e) {
            n.get("id").error(e.getMessage());
            return null;
        }
    }

    private static EngineOptions options(DocNode n, SearchEngine engine) {
        Map<String, Double> values = new TreeMap<>(EngineOptions.defaults(engine.options()).values());
        if (!n.has("options")) {
            return new EngineOptions(values);
        }
        DocNode o = n.object("options");
        Set<String> known = new LinkedHashSet<>();
        engine.options().forEach(s -> known.add(s.name()));
        if (known.isEmpty() && !o.members().isEmpty()) {
            o.error(engine.id() + " takes no options");
            return new EngineOptions(values);
        }
        o.allowOnly(known);
        for (OptionSpec s : engine.options()) {
            if (o.has(s.name())) {
                values.put(s.name(), s.integer()
                        ? (double) o.longValue(s.name(), (long) s.defaultValue(), (long) s.min(), (long) s.max())
                        : o.number(s.name(), s.defaultValue(), s.min(), s.max()));
            }
        }
        return new EngineOptions(values);
    }

    private static ObjectNode fingerprint(DocNode root, SearchEngine engine, EngineOptions options, long seed, int batch) {
        ObjectNode fp = DocumentWriter.object();
        String spaceKey = root.has("spaces") ? "spaces" : "space";
        fp.set(spaceKey, root.get(spaceKey).json().deepCopy());
        fp.set("objectives", root.get("objectives").json().deepCopy());
        if (root.has("measures")) {
            fp.set("measures", root.get("measures").json().deepCopy());
        }
        if (root.has("constraints")) {
            fp.set("constraints", root.get("constraints").json().deepCopy());
        }
        ObjectNode e = fp.putObject("engine");
        e.put("id", engine.id());
        ObjectNode opts = e.putObject("options");
        new TreeMap<>(options.values()).forEach(opts::put);
        fp.put("seed", seed);
        fp.put("batch", batch);
        return fp;
    }
}
