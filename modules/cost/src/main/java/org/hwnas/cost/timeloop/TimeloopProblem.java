package org.hwnas.cost.timeloop;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import org.hwnas.model.workload.Dim;
import org.hwnas.model.workload.LoopBounds;

/**
 * Reads a Timeloop problem ({@code problem: instance: {C: 3, M: 32, ...}}) as loop bounds. Dimensions a
 * problem does not name are 1 (the 1-D tutorials name only R and P); {@code Wstride}/{@code Hstride} and
 * {@code Wdilation}/{@code Hdilation} pair with P/R and Q/S as in Timeloop's conv projection.
 */
public final class TimeloopProblem {

    private TimeloopProblem() {
    }

    public static LoopBounds read(Path file) throws TimeloopException {
        JsonNode root = TimeloopYaml.read(file);
        JsonNode instance = root.path("problem").path("instance");
        if (!instance.isObject()) {
            throw new TimeloopException(file + ": problem.instance: missing (expected a map of dimension sizes)");
        }
        Map<Dim, Integer> size = new EnumMap<>(Dim.class);
        int[] coeff = {1, 1, 1, 1};
        String[] coeffNames = {"Wstride", "Hstride", "Wdilation", "Hdilation"};
        for (Map.Entry<String, JsonNode> e : instance.properties()) {
            String key = e.getKey();
            if (key.equals("W") || key.equals("H") || key.endsWith("pad")) {
                continue; // input extents and padding follow from P, Q, R, S and the coefficients
            }
            int v = positive(file, "problem.instance." + key, e.getValue());
            boolean isCoeff = false;
            for (int i = 0; i < 4; i++) {
                if (coeffNames[i].equals(key)) {
                    coeff[i] = v;
                    isCoeff = true;
                }
            }
            if (isCoeff) {
                continue;
            }
            size.put(TimeloopYaml.dim(key, file, "problem.instance"), v);
        }
        return new LoopBounds(get(size, Dim.N), get(size, Dim.G), get(size, Dim.K), get(size, Dim.C), get(size, Dim.P),
                get(size, Dim.Q), get(size, Dim.R), get(size, Dim.S), coeff[0], coeff[1], coeff[2], coeff[3]);
    }

    private static int get(Map<Dim, Integer> m, Dim d) {
        return m.getOrDefault(d, 1);
    }

    private static int positive(Path file, String where, JsonNode v) throws TimeloopException {
        if (!v.canConvertToInt() || v.asInt() <= 0) {
            throw new TimeloopException(file + ": " + where + ": must be a positive integer, got " + v.asText());
        }
        return v.asInt();
    }
}
