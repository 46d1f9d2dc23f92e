package org.hwnas.cli.latency;

import java.util.Map;
import org.hwnas.latency.adapt.ProxyAdaptedModel;
import org.hwnas.latency.api.LatencyModels;
import org.hwnas.latency.data.LatencyCsv;
import org.hwnas.latency.data.LatencyDataset;
import org.hwnas.latency.learned.LearnedModel;
import org.hwnas.latency.learned.MlpTrainer;
import org.hwnas.latency.lut.LutCsv;
import org.hwnas.latency.lut.LutModel;
import org.hwnas.latency.spi.LatencyModel;

/** Picks the latency model a command asked for, with the per-model options applied. */
final class LatencyOptions {
    private LatencyOptions() {
    }

    /**
     * @param lutFile  lut: a table in the LUT format instead of the derived NB201 one (may be null)
     * @param dataFile lut, learned, proxy-adapted: fit on this measured table instead of the shipped one (may be null)
     * @param proxy    proxy-adapted: the proxy device (may be null)
     * @param samples  proxy-adapted: target samples (may be null)
     */
    static LatencyModel model(String id, java.nio.file.Path lutFile, java.nio.file.Path dataFile, String proxy, Integer samples, long seed) {
        if (dataFile != null) {
            if (lutFile != null) {
                throw new IllegalArgumentException("--lut and --data both give the model its data; use one");
            }
            LatencyDataset data = LatencyCsv.read(dataFile);
            return switch (id) {
                case LutModel.ID -> LutModel.of(LutModel.deriveNb201(data), Map.of());
                case LearnedModel.ID -> new LearnedModel(data, MlpTrainer.DEFAULT);
                case ProxyAdaptedModel.ID -> new ProxyAdaptedModel(data, proxy == null ? ProxyAdaptedModel.DEFAULT_PROXY : proxy,
                        samples == null ? ProxyAdaptedModel.DEFAULT_SAMPLES : samples, seed);
                default -> throw new IllegalArgumentException("--data goes with the fitted models lut, learned, proxy-adapted, not " + id);
            };
        }
        if (lutFile != null && !id.equals(LutModel.ID)) {
            throw new IllegalArgumentException("--lut goes with --model lut, not " + id);
        }
        if (lutFile != null) {
            return LutModel.of(LutCsv.read(lutFile), Map.of());
        }
        if (id.equals(ProxyAdaptedModel.ID) && (proxy != null || samples != null)) {
            return new ProxyAdaptedModel(proxy == null ? ProxyAdaptedModel.DEFAULT_PROXY : proxy,
                    samples == null ? ProxyAdaptedModel.DEFAULT_SAMPLES : samples, seed);
        }
        return LatencyModels.byId(id);
    }
}
