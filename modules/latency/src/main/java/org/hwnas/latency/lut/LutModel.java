package org.hwnas.latency.lut;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.hwnas.arch.nb201.Nb201Cell;
import org.hwnas.latency.data.LatencyDataset;
import org.hwnas.latency.data.Split;
import org.hwnas.latency.network.NetworkLatencyModel;
import org.hwnas.latency.spi.LatencyModel;
import org.hwnas.latency.spi.Nb201LatencyModel;
import org.hwnas.model.network.Network;
import org.hwnas.model.network.zoo.Nb201;
import org.openide.util.lookup.ServiceProvider;

/**
 * {@code lut}: latency as a sum of per-operator lookup-table entries, optionally corrected per device
 * with HSCoNAS's {@code a * sum + b} ({@link LinearCorrection}).
 * <p>The registered instance derives its NB201 table from the shipped HELP/HW-NAS-Bench latencies
 * ({@link Nb201LutFit} on the 1,000 cells of {@link Split#standard}, per device); {@link #of} wraps any
 * table, e.g. per-layer profiles read with {@link LutCsv}, which also estimates whole networks.
 */
@ServiceProvider(service = LatencyModel.class)
public final class LutModel extends Nb201LatencyModel implements NetworkLatencyModel {
    public static final String ID = "lut";

    /** True for the registered model, whose table is derived from the shipped latencies on first use. */
    private final boolean derived;
    private volatile LatencyLut lut;
    private final Map<String, LinearCorrection> corrections;

    /** The registered model: derived from the shipped tables on first use. */
    public LutModel() {
        this(true, null, Map.of());
    }

    private LutModel(boolean derived, LatencyLut lut, Map<String, LinearCorrection> corrections) {
        super(ID);
        this.derived = derived;
        this.lut = lut;
        this.corrections = Map.copyOf(corrections);
    }

    /** A model over a given table (and per-device corrections; devices without one use the plain sum). */
    public static LutModel of(LatencyLut lut, Map<String, LinearCorrection> corrections) {
        for (String d : corrections.keySet()) {
            lut.entries(d); // an unknown device fails here, with the list of known ones
        }
        return new LutModel(false, lut, corrections);
    }

    /** This model with {@code device}'s estimates passed through {@code correction}. */
    public LutModel withCorrection(String device, LinearCorrection correction) {
        Map<String, LinearCorrection> c = new LinkedHashMap<>(corrections);
        c.put(device, correction);
        return of(table(), c);
    }

    /**
     * This model with {@code device}'s sums corrected by {@code a * sum + b} fitted (least squares) on the
     * measured cells of {@code measured} (every cell that has a value for the device).
     */
    public LutModel calibrated(String device, LatencyDataset measured) {
        int[] rows = measured.rowsWith(device);
        double[] sums = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            sums[i] = lutSum(measured.cell(rows[i]), device);
        }
        return withCorrection(device, LinearCorrection.fit(sums, measured.values(device, rows)));
    }

    /** The NB201 table derived from {@code data}, fitted per device on {@link Split#standardTrainRows}. */
    public static LatencyLut deriveNb201(LatencyDataset data) {
        Map<String, Map<LutKey, Double>> byDevice = new LinkedHashMap<>();
        for (String device : data.devices()) {
            byDevice.put(device, Nb201LutFit.fit(data, device, Split.standardTrainRows(data, device)));
        }
        return new LatencyLut(byDevice);
    }

    @Override
    public String description() {
        return derived
                ? "per-op lookup table derived from HELP/HW-NAS-Bench whole-network latencies (1,000 cells per device), summed per NB201 network"
                : "per-operator lookup table, summed per network, with HSCoNAS linear correction where fitted";
    }

    @Override
    public List<String> devices() {
        return table().devices();
    }

    @Override
    protected OptionalDouble latencyMs(Nb201Cell cell, String device) {
        return OptionalDouble.of(correct(device, lutSum(cell, device)));
    }

    @Override
    public OptionalDouble latencyMs(Network network, String device) {
        return OptionalDouble.of(correct(device, table().sum(device, LayerLutKeys.of(network))));
    }

    /**
     * The uncorrected sum of the cell's entries: the NB201 op entries when the device's table has them
     * (derived from whole networks), else the per-layer entries of the cell's network (profiled tables).
     */
    public double lutSum(Nb201Cell cell, String device) {
        LatencyLut t = table();
        return t.entries(device).containsKey(Nb201LutKeys.SKELETON)
                ? t.sum(device, Nb201LutKeys.of(cell))
                : t.sum(device, LayerLutKeys.of(Nb201.network(cell.text())));
    }

    public LinearCorrection correction(String device) {
        return corrections.getOrDefault(device, LinearCorrection.IDENTITY);
    }

    public LatencyLut table() {
        LatencyLut t = lut;
        if (t == null) {
            synchronized (this) {
                t = lut;
                if (t == null) {
                    t = deriveNb201(LatencyDataset.builtIn());
                    lut = t;
                }
            }
        }
        return t;
    }

    private double correct(String device, double sum) {
        return correction(device).apply(sum);
    }
}
