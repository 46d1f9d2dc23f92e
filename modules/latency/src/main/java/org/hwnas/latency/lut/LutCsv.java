package org.hwnas.latency.lut;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hwnas.arch.DataFileException;

/**
 * The LUT file format (docs/latency.md): CSV with the header {@code device,operator,input,output,ms},
 * one profile per line; {@code #} starts a comment line. A key profiled several times gets the median
 * of its profiles. {@code ms} must be a finite number (entries derived from whole networks are costs
 * relative to {@code none} and may be negative).
 */
public final class LutCsv {
    static final List<String> HEADER = List.of("device", "operator", "input", "output", "ms");

    private LutCsv() {
    }

    public static LatencyLut read(Path file) {
        try {
            return parse(file.toString(), Files.readAllLines(file, StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            throw new DataFileException(file + ": no such file");
        } catch (IOException e) {
            throw new DataFileException(file + ": cannot read: " + e.getMessage(), e);
        }
    }

    public static LatencyLut parse(String label, List<String> lines) {
        Map<String, Map<LutKey, List<Double>>> profiles = new LinkedHashMap<>();
        boolean headerSeen = false;
        for (int ln = 0; ln < lines.size(); ln++) {
            String line = lines.get(ln).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String where = label + ":" + (ln + 1) + ": ";
            List<String> f = Arrays.stream(line.split(",", -1)).map(String::strip).toList();
            if (!headerSeen) {
                if (!f.equals(HEADER)) {
                    throw new DataFileException(where + "the header must be " + String.join(",", HEADER) + ", got " + line);
                }
                headerSeen = true;
                continue;
            }
            if (f.size() != HEADER.size()) {
                throw new DataFileException(where + "expected " + HEADER.size() + " fields, got " + f.size());
            }
            for (int i = 0; i < 4; i++) {
                if (f.get(i).isEmpty()) {
                    throw new DataFileException(where + HEADER.get(i) + ": must not be empty");
                }
            }
            double ms;
            try {
                ms = Double.parseDouble(f.get(4));
            } catch (NumberFormatException e) {
                throw new DataFileException(where + "ms: not a number: '" + f.get(4) + "'");
            }
            if (!Double.isFinite(ms)) {
                throw new DataFileException(where + "ms: must be a finite number, got '" + f.get(4) + "'");
            }
            profiles.computeIfAbsent(f.get(0), d -> new LinkedHashMap<>())
                    .computeIfAbsent(new LutKey(f.get(1), f.get(2), f.get(3)), k -> new ArrayList<>()).add(ms);
        }
        if (!headerSeen) {
            throw new DataFileException(label + ": empty LUT file (expected the header " + String.join(",", HEADER) + ")");
        }
        Map<String, Map<LutKey, Double>> table = new LinkedHashMap<>();
        profiles.forEach((device, keys) -> {
            Map<LutKey, Double> m = new LinkedHashMap<>();
            keys.forEach((k, v) -> m.put(k, median(v)));
            table.put(device, m);
        });
        return new LatencyLut(table);
    }

    public static void write(LatencyLut lut, Writer out) throws IOException {
        out.write(String.join(",", HEADER) + "\n");
        for (String device : lut.devices()) {
            for (Map.Entry<LutKey, Double> e : lut.entries(device).entrySet()) {
                LutKey k = e.getKey();
                out.write(device + "," + k.operator() + "," + k.input() + "," + k.output() + ","
                        + String.format(Locale.ROOT, "%.6g", e.getValue()) + "\n");
            }
        }
    }

    static double median(List<Double> v) {
        double[] s = v.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int n = s.length;
        return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
    }
}
