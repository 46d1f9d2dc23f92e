package org.hwnas.latency.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hwnas.arch.nb201.Nb201Cell;

/**
 * Measured latencies of NB201 cells: one row per cell, one column per device, in ms. A value may be
 * missing (NaN: that device was not measured on that cell), never 0 or negative.
 * <p>Immutable; {@link #values} hands out copies. Read one with {@link LatencyCsv}; the shipped HELP +
 * HW-NAS-Bench table is {@link #builtIn()}.
 */
public final class LatencyDataset {
    private final String label;
    private final List<Nb201Cell> cells;
    private final Map<String, double[]> columns;

    /**
     * @param columns device &rarr; one value per cell (NaN = not measured); copied
     */
    public LatencyDataset(String label, List<Nb201Cell> cells, Map<String, double[]> columns) {
        this.label = label;
        this.cells = List.copyOf(cells);
        Map<String, double[]> copy = new LinkedHashMap<>();
        columns.forEach((device, v) -> {
            if (v.length != cells.size()) {
                throw new IllegalArgumentException(label + ": column " + device + " has " + v.length + " values for " + cells.size() + " cells");
            }
            for (int i = 0; i < v.length; i++) {
                if (!Double.isNaN(v[i]) && !(v[i] > 0 && Double.isFinite(v[i]))) {
                    throw new IllegalArgumentException(label + ": " + device + " of " + cells.get(i) + " must be a latency > 0 ms, got " + v[i]);
                }
            }
            copy.put(device, v.clone());
        });
        this.columns = copy;
    }

    /** HELP's 26 device settings plus HW-NAS-Bench's edgegpu and edgetpu, all 15,625 cells (cached). */
    public static LatencyDataset builtIn() {
        return BuiltIn.DATASET;
    }

    public String label() {
        return label;
    }

    public int size() {
        return cells.size();
    }

    public Nb201Cell cell(int row) {
        return cells.get(row);
    }

    public List<Nb201Cell> cells() {
        return cells;
    }

    /** Device names, in file order. */
    public List<String> devices() {
        return List.copyOf(columns.keySet());
    }

    public boolean hasDevice(String device) {
        return columns.containsKey(device);
    }

    /** A copy of the device's column (NaN where not measured). */
    public double[] values(String device) {
        return column(device).clone();
    }

    /** The values of the given rows; every one must be measured on this device. */
    public double[] values(String device, int[] rows) {
        double[] col = column(device);
        double[] out = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            out[i] = col[rows[i]];
            if (Double.isNaN(out[i])) {
                throw new IllegalArgumentException(label + ": " + device + " has no value for " + cells.get(rows[i]));
            }
        }
        return out;
    }

    /** Rows measured on every one of the given devices. */
    public int[] rowsWith(String... devices) {
        List<double[]> cols = Arrays.stream(devices).map(this::column).toList();
        return java.util.stream.IntStream.range(0, cells.size())
                .filter(r -> cols.stream().noneMatch(c -> Double.isNaN(c[r]))).toArray();
    }

    /** This dataset plus the other's devices that this one lacks (rows matched by cell). */
    public LatencyDataset with(LatencyDataset other) {
        Map<Nb201Cell, Integer> index = new java.util.HashMap<>();
        for (int r = 0; r < other.size(); r++) {
            index.put(other.cell(r), r);
        }
        Map<String, double[]> cols = new LinkedHashMap<>(columns);
        for (String device : other.devices()) {
            if (cols.containsKey(device)) {
                continue;
            }
            double[] src = other.columns.get(device);
            double[] v = new double[cells.size()];
            for (int r = 0; r < cells.size(); r++) {
                Integer o = index.get(cells.get(r));
                v[r] = o == null ? Double.NaN : src[o];
            }
            cols.put(device, v);
        }
        return new LatencyDataset(label + " + " + other.label, cells, cols);
    }

    private double[] column(String device) {
        double[] col = columns.get(device);
        if (col == null) {
            throw new IllegalArgumentException(label + " has no device '" + device + "' (devices: " + String.join(", ", devices()) + ")");
        }
        return col;
    }

    /** Lazy holder: the 11 MB of CSV is read on first use only. */
    private static final class BuiltIn {
        static final LatencyDataset DATASET = LatencyCsv.resource(LatencyDataset.class, "nb201_help_latency.csv")
                .with(LatencyCsv.resource(org.hwnas.latency.hwnasbench.HwNasBenchTableModel.class, "nb201_hwnasbench_cifar10.csv"));

        private BuiltIn() {
        }
    }

    @Override
    public String toString() {
        return label + " (" + cells.size() + " cells, " + new ArrayList<>(columns.keySet()) + ")";
    }
}
