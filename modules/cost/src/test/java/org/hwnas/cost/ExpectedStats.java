package org.hwnas.cost;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The figures of one case of the Timeloop reference EXPECTED.md (parsed, not retyped). */
record ExpectedStats(String source, long cycles, double utilizationPercent, double totalFjPerCompute, long computes,
                     int macInstances, int macUtilized, double macEnergyPj, List<Row> rows) {

    /** One level x dataspace row. */
    record Row(String level, int instances, String tensor, long partition, long utilizedCapacity, int utilizedInstances,
               long reads, long fills, long updates, double energyPj) {
    }

    private static final Pattern HEADER = Pattern.compile("^## `(.+)`$");
    private static final Pattern SUMMARY = Pattern.compile("Cycles: \\*\\*(\\d+)\\*\\*.*Utilization: \\*\\*([0-9.]+)%\\*\\*");
    private static final Pattern TOTAL = Pattern.compile("Total=([0-9.]+)");

    static Map<String, ExpectedStats> parse(Path file) throws IOException {
        Map<String, ExpectedStats> out = new LinkedHashMap<>();
        String source = null;
        long cycles = 0;
        double util = 0;
        double total = 0;
        long computes = 0;
        int macInst = 0;
        int macUtil = 0;
        double macPj = 0;
        List<Row> rows = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            Matcher h = HEADER.matcher(line);
            if (h.matches()) {
                if (source != null) {
                    out.put(source, new ExpectedStats(source, cycles, util, total, computes, macInst, macUtil, macPj, rows));
                }
                source = h.group(1);
                rows = new ArrayList<>();
                continue;
            }
            Matcher s = SUMMARY.matcher(line);
            if (s.find()) {
                cycles = Long.parseLong(s.group(1));
                util = Double.parseDouble(s.group(2));
            }
            if (line.startsWith("- fJ/compute")) {
                Matcher t = TOTAL.matcher(line);
                if (t.find()) {
                    total = Double.parseDouble(t.group(1));
                }
            }
            if (line.startsWith("| ") && !line.startsWith("| level") && source != null) {
                String[] c = line.split("\\|");
                List<String> cells = new ArrayList<>();
                for (int i = 1; i < c.length; i++) {
                    cells.add(c[i].trim());
                }
                if (cells.get(0).endsWith("(compute)")) {
                    macInst = Integer.parseInt(cells.get(1));
                    computes = Long.parseLong(cells.get(2).substring("computes=".length()));
                    macUtil = Integer.parseInt(cells.get(5));
                    macPj = Double.parseDouble(cells.get(10));
                } else {
                    rows.add(new Row(cells.get(0), Integer.parseInt(cells.get(1)), cells.get(2), Long.parseLong(cells.get(3)),
                            Long.parseLong(cells.get(4)), Integer.parseInt(cells.get(5)), Long.parseLong(cells.get(6)),
                            Long.parseLong(cells.get(7)), Long.parseLong(cells.get(8)), Double.parseDouble(cells.get(10))));
                }
            }
        }
        if (source != null) {
            out.put(source, new ExpectedStats(source, cycles, util, total, computes, macInst, macUtil, macPj, rows));
        }
        return out;
    }
}
