package org.hwnas.methods.spaceprofile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.hwnas.arch.nb201.Nb201Cell;
import org.hwnas.model.network.zoo.Nb201Op;

/**
 * The layer-adaptive corrected LUT as {@code hwnas space-profile} writes it ({@link TunedSpaceWriter#lutCsv}):
 * {@code estimate(cell) = rest + sum over edges of ms[edge][op]}.
 *
 * @param restMs everything outside the cell edges
 * @param ms     {@code [edge][op ordinal]}
 */
public record CorrectedLut(double restMs, double[][] ms) {

    public CorrectedLut {
        ms = Arrays.stream(ms).map(double[]::clone).toArray(double[][]::new);
    }

    public double estimateMs(Nb201Cell cell) {
        double v = restMs;
        for (int e = 0; e < Nb201Cell.EDGES; e++) {
            v += ms[e][cell.op(e).ordinal()];
        }
        return v;
    }

    /**
     * Reads the CSV; every problem names the file, the line and the reason.
     *
     * @throws IllegalArgumentException for a malformed or incomplete table
     * @throws IOException              when the file cannot be read
     */
    public static CorrectedLut read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file);
        double rest = Double.NaN;
        double[][] ms = new double[Nb201Cell.EDGES][Nb201Op.values().length];
        for (double[] row : ms) {
            Arrays.fill(row, Double.NaN);
        }
        boolean header = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String where = file + ":" + (i + 1) + ": ";
            String[] f = line.split(",", -1);
            if (!header) {
                if (!line.startsWith("edge,from,to,op,ms")) {
                    throw new IllegalArgumentException(where + "expected the header edge,from,to,op,ms,ssbn_ms,allowed");
                }
                header = true;
                continue;
            }
            if (f.length < 5) {
                throw new IllegalArgumentException(where + "expected edge,from,to,op,ms,..., got " + f.length + " fields");
            }
            double v;
            int edge;
            try {
                edge = Integer.parseInt(f[0].strip());
                v = Double.parseDouble(f[4].strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(where + "edge must be an integer and ms a number");
            }
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException(where + "ms must be finite, got " + f[4]);
            }
            if (edge == -1) {
                rest = v;
            } else if (edge >= 0 && edge < Nb201Cell.EDGES) {
                Nb201Op op;
                try {
                    op = Nb201Op.ofToken(f[3].strip());
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(where + e.getMessage());
                }
                ms[edge][op.ordinal()] = v;
            } else {
                throw new IllegalArgumentException(where + "edge must be -1 (rest) or 0..5, got " + edge);
            }
        }
        if (Double.isNaN(rest)) {
            throw new IllegalArgumentException(file + ": no rest row (edge -1)");
        }
        for (int e = 0; e < Nb201Cell.EDGES; e++) {
            for (Nb201Op op : Nb201Op.values()) {
                if (Double.isNaN(ms[e][op.ordinal()])) {
                    throw new IllegalArgumentException(file + ": no row for edge " + e + " op " + op.token());
                }
            }
        }
        return new CorrectedLut(rest, ms);
    }
}
