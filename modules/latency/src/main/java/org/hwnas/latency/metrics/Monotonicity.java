package org.hwnas.latency.metrics;

import java.util.List;
import org.hwnas.latency.data.LatencyDataset;

/**
 * OneProxy's latency monotonicity: the Spearman rank correlation between the latencies of the same
 * architectures on two devices, for every pair of devices. Each pair uses every cell measured on both.
 *
 * @param devices the devices, in matrix order
 * @param srcc    {@code srcc[i][j]}, symmetric, 1 on the diagonal
 * @param cells   cells measured on both devices of each pair
 */
public record Monotonicity(List<String> devices, double[][] srcc, int[][] cells) {
    public Monotonicity {
        devices = List.copyOf(devices);
    }

    public static Monotonicity of(LatencyDataset data, List<String> devices) {
        if (devices.size() < 2) {
            throw new IllegalArgumentException("monotonicity needs at least 2 devices, got " + devices.size());
        }
        int k = devices.size();
        double[][] s = new double[k][k];
        int[][] n = new int[k][k];
        for (int i = 0; i < k; i++) {
            s[i][i] = 1;
            n[i][i] = data.rowsWith(devices.get(i)).length;
            for (int j = i + 1; j < k; j++) {
                int[] rows = data.rowsWith(devices.get(i), devices.get(j));
                if (rows.length < Metrics.MIN_ROWS) {
                    throw new IllegalArgumentException(devices.get(i) + " and " + devices.get(j) + " share only " + rows.length
                            + " measured cells; need at least " + Metrics.MIN_ROWS);
                }
                s[i][j] = s[j][i] = Metrics.spearman(data.values(devices.get(i), rows), data.values(devices.get(j), rows));
                n[i][j] = n[j][i] = rows.length;
            }
        }
        return new Monotonicity(devices, s, n);
    }

    /** SRCC between two of the devices. */
    public double srcc(String a, String b) {
        return srcc[index(a)][index(b)];
    }

    private int index(String device) {
        int i = devices.indexOf(device);
        if (i < 0) {
            throw new IllegalArgumentException("no device '" + device + "' in this matrix (devices: " + String.join(", ", devices) + ")");
        }
        return i;
    }
}
