package org.hwnas.latency.data;

import org.hwnas.arch.CsvLine;
import org.hwnas.arch.DataResources;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hwnas.arch.DataFileException;
import org.hwnas.arch.nb201.Nb201Cell;

/**
 * Reads the CSV layout of the HW-NAS-Bench and HELP tables into a {@link LatencyDataset}: an
 * {@code arch_str} column and one column per device whose name ends in {@code _ms} (the suffix
 * {@code _latency_ms} or {@code _ms} is dropped: {@code pixel3_latency_ms} is device {@code pixel3}).
 * Other columns ({@code arch_index}, energies, notes) are ignored. An empty field is "not measured";
 * anything else must be a number &gt; 0, or the file is refused with {@code file:line: column: reason}.
 * Any subset of the 15,625 cells may appear, each at most once.
 */
public final class LatencyCsv {
    private LatencyCsv() {
    }

    public static LatencyDataset read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(file.toString(), in);
        } catch (NoSuchFileException e) {
            throw new DataFileException(file + ": no such file");
        } catch (IOException e) {
            throw new DataFileException(file + ": cannot read: " + e.getMessage(), e);
        }
    }

    /** A table shipped inside a jar, next to {@code anchor}. */
    public static LatencyDataset resource(Class<?> anchor, String name) {
        return DataResources.read(anchor, name, LatencyCsv::read);
    }

    public static LatencyDataset read(String label, InputStream in) throws IOException {
        String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\r?\n");
        if (lines.length == 0 || lines[0].isBlank()) {
            throw new DataFileException(label + ": empty file");
        }
        List<String> header = CsvLine.split(lines[0]);
        int archCol = header.indexOf("arch_str");
        if (archCol < 0) {
            throw new DataFileException(label + ":1: no arch_str column (columns: " + String.join(", ", header) + ")");
        }
        Map<String, Integer> deviceCols = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String device = deviceName(header.get(i));
            if (device != null && deviceCols.putIfAbsent(device, i) != null) {
                throw new DataFileException(label + ":1: device '" + device + "' has two columns");
            }
        }
        if (deviceCols.isEmpty()) {
            throw new DataFileException(label + ":1: no latency column (a device column's name ends in _ms; columns: "
                    + String.join(", ", header) + ")");
        }
        List<Nb201Cell> cells = new ArrayList<>();
        List<double[]> rows = new ArrayList<>();
        Set<Nb201Cell> seen = new HashSet<>();
        for (int ln = 1; ln < lines.length; ln++) {
            if (lines[ln].isBlank()) {
                continue;
            }
            String where = label + ":" + (ln + 1) + ": ";
            List<String> f = CsvLine.split(lines[ln]);
            if (f.size() != header.size()) {
                throw new DataFileException(where + "expected " + header.size() + " fields, got " + f.size());
            }
            Nb201Cell cell;
            try {
                cell = Nb201Cell.parse(f.get(archCol));
            } catch (IllegalArgumentException e) {
                throw new DataFileException(where + e.getMessage());
            }
            if (!seen.add(cell)) {
                throw new DataFileException(where + "cell " + cell + " appears twice");
            }
            double[] row = new double[deviceCols.size()];
            int k = 0;
            for (Map.Entry<String, Integer> d : deviceCols.entrySet()) {
                row[k++] = value(where + header.get(d.getValue()) + ": ", f.get(d.getValue()).strip());
            }
            cells.add(cell);
            rows.add(row);
        }
        if (cells.isEmpty()) {
            throw new DataFileException(label + ": no data rows");
        }
        Map<String, double[]> columns = new LinkedHashMap<>();
        int k = 0;
        for (String device : deviceCols.keySet()) {
            double[] col = new double[cells.size()];
            for (int r = 0; r < col.length; r++) {
                col[r] = rows.get(r)[k];
            }
            columns.put(device, col);
            k++;
        }
        return new LatencyDataset(label, cells, columns);
    }

    /** {@code pixel3_latency_ms} &rarr; {@code pixel3}, {@code titan_rtx_32_ms} &rarr; {@code titan_rtx_32}; null if not a latency column. */
    static String deviceName(String column) {
        for (String suffix : List.of("_latency_ms", "_ms")) {
            if (column.endsWith(suffix) && column.length() > suffix.length()) {
                return column.substring(0, column.length() - suffix.length());
            }
        }
        return null;
    }

    private static double value(String where, String s) {
        if (s.isEmpty()) {
            return Double.NaN;
        }
        double v;
        try {
            v = Double.parseDouble(s);
        } catch (NumberFormatException e) {
            throw new DataFileException(where + "not a number: '" + s + "'");
        }
        if (!(v > 0) || !Double.isFinite(v)) {
            throw new DataFileException(where + "latency must be a finite number > 0 ms, got '" + s + "' (leave the field empty for 'not measured')");
        }
        return v;
    }
}
