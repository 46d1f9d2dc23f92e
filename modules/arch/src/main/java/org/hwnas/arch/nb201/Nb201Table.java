package org.hwnas.arch.nb201;

import org.hwnas.arch.CsvLine;
import org.hwnas.arch.DataResources;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.hwnas.arch.DataFileException;

/**
 * A benchmark table with one row per NB201 cell (an {@code arch_str} column plus numeric columns), held
 * column-wise and indexed by cell code. Empty fields read as NaN ("not available"), never 0.
 * <p>Immutable after reading, so safe to share between threads. Reading all 15,625 rows of a 3 MB file
 * takes tens of milliseconds: a hand-rolled splitter, no per-row objects.
 */
public final class Nb201Table {
    private final String label;
    private final List<String> columns;
    private final Map<String, double[]> values;
    private final Map<String, double[]> byClass = new ConcurrentHashMap<>();

    private Nb201Table(String label, List<String> columns, Map<String, double[]> values) {
        this.label = label;
        this.columns = columns;
        this.values = values;
    }

    /** Reads a table from the classpath, next to {@code anchor}. */
    public static Nb201Table resource(Class<?> anchor, String name) {
        return DataResources.read(anchor, name, Nb201Table::read);
    }

    /**
     * Reads CSV text; {@code numericColumns} are kept (others, e.g. free text, are skipped).
     * Every cell must appear exactly once.
     */
    public static Nb201Table read(String label, InputStream in) throws IOException {
        String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        String[] lines = text.split("\r?\n");
        if (lines.length == 0 || lines[0].isBlank()) {
            throw new DataFileException(label + ": empty file");
        }
        List<String> header = CsvLine.split(lines[0]);
        int archCol = header.indexOf("arch_str");
        if (archCol < 0) {
            throw new DataFileException(label + ":1: no arch_str column (columns: " + String.join(", ", header) + ")");
        }
        List<String> names = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        Map<String, double[]> values = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String h = header.get(i);
            if (i != archCol && !h.equals("dataset") && !h.equals("source") && !h.equals("unique_str")) {
                names.add(h);
                positions.add(i);
                double[] col = new double[Nb201Cell.COUNT];
                Arrays.fill(col, Double.NaN);
                values.put(h, col);
            }
        }
        boolean[] seen = new boolean[Nb201Cell.COUNT];
        int rows = 0;
        for (int ln = 1; ln < lines.length; ln++) {
            if (lines[ln].isBlank()) {
                continue;
            }
            List<String> f = CsvLine.split(lines[ln]);
            String where = label + ":" + (ln + 1) + ": ";
            if (f.size() != header.size()) {
                throw new DataFileException(where + "expected " + header.size() + " fields, got " + f.size());
            }
            Nb201Cell cell;
            try {
                cell = Nb201Cell.parse(f.get(archCol));
            } catch (IllegalArgumentException e) {
                throw new DataFileException(where + e.getMessage());
            }
            if (seen[cell.code()]) {
                throw new DataFileException(where + "cell " + cell + " appears twice");
            }
            seen[cell.code()] = true;
            rows++;
            for (int k = 0; k < names.size(); k++) {
                String s = f.get(positions.get(k));
                if (s.isEmpty()) {
                    continue;
                }
                try {
                    values.get(names.get(k))[cell.code()] = Double.parseDouble(s);
                } catch (NumberFormatException e) {
                    throw new DataFileException(where + names.get(k) + ": not a number: '" + s + "'");
                }
            }
        }
        if (rows != Nb201Cell.COUNT) {
            throw new DataFileException(label + ": expected one row for each of the " + Nb201Cell.COUNT + " NB201 cells, got " + rows);
        }
        return new Nb201Table(label, List.copyOf(names), values);
    }

    public String label() {
        return label;
    }

    /** The numeric columns, in file order. */
    public List<String> columns() {
        return columns;
    }

    public boolean hasColumn(String column) {
        return values.containsKey(column);
    }

    /** The value for exactly this cell (no canonicalisation); NaN when the table has none. */
    public double value(String column, Nb201Cell cell) {
        return column(column)[cell.code()];
    }

    /**
     * The one value of the cell's isomorphism class: the row of the smallest-code member that has a
     * value (the class representative whenever it has one); NaN when no member has a value. Isomorphic
     * cells were measured separately, so their rows differ slightly; this picks one deterministically.
     */
    public double classValue(String column, Nb201Cell cell) {
        double[] col = column(column);
        return byClass.computeIfAbsent(column, c -> resolveByClass(col))[cell.code()];
    }

    private static double[] resolveByClass(double[] col) {
        double[] ofRep = new double[Nb201Cell.COUNT];
        Arrays.fill(ofRep, Double.NaN);
        for (int code = 0; code < Nb201Cell.COUNT; code++) { // ascending: the first value met wins
            int rep = new Nb201Cell(code).canonical().code();
            if (Double.isNaN(ofRep[rep])) {
                ofRep[rep] = col[code];
            }
        }
        double[] out = new double[Nb201Cell.COUNT];
        for (int code = 0; code < Nb201Cell.COUNT; code++) {
            out[code] = ofRep[new Nb201Cell(code).canonical().code()];
        }
        return out;
    }

    private double[] column(String column) {
        double[] col = values.get(column);
        if (col == null) {
            throw new IllegalArgumentException(label + " has no column '" + column + "' (columns: " + String.join(", ", columns) + ")");
        }
        return col;
    }
}
