package org.hwnas.arch;

import java.util.ArrayList;
import java.util.List;

/** Splits one line of the shipped benchmark CSV files (RFC 4180 quoting: quotes protect commas). */
public final class CsvLine {
    private CsvLine() {
    }

    /** The fields of one line; {@code ""} inside quotes is a literal quote. */
    public static List<String> split(String line) {
        List<String> out = new ArrayList<>(32);
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (ch == '"') {
                if (quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cur.append('"');
                    i++;
                } else {
                    quoted = !quoted;
                }
            } else if (ch == ',' && !quoted) {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(ch);
            }
        }
        out.add(cur.toString());
        return out;
    }
}
