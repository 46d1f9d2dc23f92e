package org.hwnas.latency.learned;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.concurrent.ConcurrentHashMap;
import org.hwnas.arch.nb201.Nb201Cell;
import org.hwnas.latency.data.LatencyDataset;
import org.hwnas.latency.data.Nb201Encoding;
import org.hwnas.latency.data.Split;
import org.hwnas.latency.spi.LatencyModel;
import org.hwnas.latency.spi.Nb201LatencyModel;
import org.openide.util.lookup.ServiceProvider;

/**
 * {@code learned}: a regressor from the cell encoding to latency, per device, trained on a table of
 * measured cells: a linear model plus an MLP (DJL) on its residuals ({@link LearnedPredictor}). The input is {@link Nb201Encoding#rawAndLive} (which op sits on each edge, and which
 * edges are live), so it can learn both runtimes that execute every edge and runtimes that prune dead
 * ones. The registered instance trains on the shipped HELP/HW-NAS-Bench tables
 * ({@link Split#standard}: 1,000 cells per device) the first time a device is asked for; a few seconds.
 */
@ServiceProvider(service = LatencyModel.class)
public final class LearnedModel extends Nb201LatencyModel {
    public static final String ID = "learned";

    private final LatencyDataset data;
    private final MlpTrainer trainer;
    private final Map<String, LearnedPredictor> trained = new ConcurrentHashMap<>();

    /** The registered model: trains on the shipped tables. */
    public LearnedModel() {
        this(null, MlpTrainer.DEFAULT);
    }

    /** A model trained on {@code data} (e.g. a measured CSV read with {@code LatencyCsv}). */
    public LearnedModel(LatencyDataset data, MlpTrainer trainer) {
        super(ID);
        this.data = data;
        this.trainer = trainer;
    }

    @Override
    public String description() {
        return "linear + residual MLP (DJL) from the NB201 cell encoding to latency, trained per device on 1,000 measured cells";
    }

    @Override
    public List<String> devices() {
        return data().devices();
    }

    @Override
    protected OptionalDouble latencyMs(Nb201Cell cell, String device) {
        return OptionalDouble.of(predictor(device).predict(Nb201Encoding.rawAndLive(cell)));
    }

    /** The trained predictor of a device (trained on first use, on {@link Split#standard} rows). */
    public LearnedPredictor predictor(String device) {
        LatencyDataset d = data();
        requireDevice("device", device, d.devices());
        return trained.computeIfAbsent(device, dev -> train(d, dev, Split.standardTrainRows(d, dev), trainer, Split.DEFAULT_SEED));
    }

    /** Trains on the given rows of a table. */
    public static LearnedPredictor train(LatencyDataset data, String device, int[] rows, MlpTrainer trainer, long seed) {
        return LearnedPredictor.fit(Nb201Encoding.matrix(data, rows, Nb201Encoding::rawAndLive), data.values(device, rows), trainer, seed);
    }

    private LatencyDataset data() {
        return data != null ? data : LatencyDataset.builtIn();
    }
}
