package org.hwnas.latency.check;

import java.util.LinkedHashMap;
import java.util.Map;
import org.hwnas.arch.nb201.Nb201Cell;
import org.hwnas.latency.adapt.AdaptationResult;
import org.hwnas.latency.adapt.AdaptationStudy;
import org.hwnas.latency.adapt.ProxyAdaptedModel;
import org.hwnas.latency.data.LatencyDataset;
import org.hwnas.latency.data.Nb201Encoding;
import org.hwnas.latency.data.Split;
import org.hwnas.latency.learned.LearnedModel;
import org.hwnas.latency.learned.MlpTrainer;
import org.hwnas.latency.learned.LearnedPredictor;
import org.hwnas.latency.lut.LatencyLut;
import org.hwnas.latency.lut.LinearCorrection;
import org.hwnas.latency.lut.LutKey;
import org.hwnas.latency.lut.Nb201LutFit;
import org.hwnas.latency.lut.Nb201LutKeys;
import org.hwnas.latency.metrics.ErrorMetrics;

/**
 * Held-out checks of the fitted latency models on the shipped HELP/HW-NAS-Bench measurements: every
 * model is fitted on some cells and judged on all the other connected cells of the device.
 */
public final class LatencyCheck {
    /** Measured networks behind the HSCoNAS correction when none is asked for. */
    public static final int DEFAULT_CORRECTION_SAMPLES = 10;

    private LatencyCheck() {
    }

    /**
     * @param proxy   lut: build the table from this device and correct it to {@code device};
     *                proxy-adapted: the proxy device (default pixel3); null for the default
     * @param samples lut: networks of {@code device} behind the correction; learned: training cells
     *                (default 1,000); proxy-adapted: target samples (default 70); null for the default
     */
    public static CheckReport run(LatencyDataset data, String model, String device, String proxy, Integer samples, long seed) {
        requireDevice(data, device);
        if (proxy != null) {
            requireDevice(data, proxy);
        }
        return switch (model) {
            case "lut" -> proxy == null ? lut(data, device, samples) : lutFromProxy(data, proxy, device, orDefault(samples, DEFAULT_CORRECTION_SAMPLES), seed);
            case LearnedModel.ID -> learned(data, device, samples, seed);
            case ProxyAdaptedModel.ID -> adapted(data, proxy == null ? ProxyAdaptedModel.DEFAULT_PROXY : proxy, device,
                    orDefault(samples, ProxyAdaptedModel.DEFAULT_SAMPLES), seed);
            default -> throw new IllegalArgumentException("latency-check knows the fitted models lut, learned, proxy-adapted; not '" + model + "'");
        };
    }

    /** ΣLUT derived from 1,000 cells of the device, on the other cells. */
    static CheckReport lut(LatencyDataset data, String device, Integer samples) {
        if (samples != null) {
            throw new IllegalArgumentException("lut: --samples counts the networks behind the correction and goes with --proxy (the table's source device)");
        }
        Split split = fitSplit(data, device);
        Map<LutKey, Double> lut = Nb201LutFit.fit(data, device, split.train());
        double[] pred = lutSums(data, new LatencyLut(Map.of(device, lut)), device, split.test());
        return new CheckReport("lut", device, "per-op costs by least squares on " + split.trainSize() + " cells (seed " + Split.DEFAULT_SEED + ")",
                split.testSize() + " other connected cells",
                Map.of("lut sum", ErrorMetrics.of(data.values(device, split.test()), pred)));
    }

    /** A table from the proxy's 1,000 cells, as is and with a·ΣLUT+b fitted on {@code samples} target networks. */
    static CheckReport lutFromProxy(LatencyDataset data, String proxy, String device, int samples, long seed) {
        LatencyLut lut = new LatencyLut(Map.of(proxy, Nb201LutFit.fit(data, proxy, Split.standardTrainRows(data, proxy))));
        Split split = Split.random(Split.connectedRows(data, device), samples, seed);
        LinearCorrection c = LinearCorrection.fit(lutSums(data, lut, proxy, split.train()), data.values(device, split.train()));
        double[] sums = lutSums(data, lut, proxy, split.test());
        double[] actual = data.values(device, split.test());
        Map<String, ErrorMetrics> m = new LinkedHashMap<>();
        m.put("lut(" + proxy + ") sum as is", ErrorMetrics.of(actual, sums));
        m.put(String.format(java.util.Locale.ROOT, "%.4f*sum%+.4f", c.a(), c.b()), ErrorMetrics.of(actual, c.apply(sums)));
        return new CheckReport("lut", device, "table from " + Split.standardTrainRows(data, proxy).length + " cells of " + proxy + "; correction on " + samples + " cells of " + device + " (seed " + seed + ")",
                split.testSize() + " other connected cells", m);
    }

    static CheckReport learned(LatencyDataset data, String device, Integer samples, long seed) {
        Split split = samples == null ? fitSplit(data, device) : Split.random(Split.connectedRows(data, device), samples, seed);
        LearnedPredictor w = LearnedModel.train(data, device, split.train(), MlpTrainer.DEFAULT, samples == null ? Split.DEFAULT_SEED : seed);
        int[] test = split.test();
        double[] pred = new double[test.length];
        for (int i = 0; i < test.length; i++) {
            Nb201Cell cell = data.cell(test[i]);
            pred[i] = w.predict(Nb201Encoding.rawAndLive(cell));
        }
        return new CheckReport(LearnedModel.ID, device, "linear + residual MLP on " + split.trainSize() + " cells", split.testSize() + " other connected cells",
                Map.of("learned", ErrorMetrics.of(data.values(device, test), pred)));
    }

    static CheckReport adapted(LatencyDataset data, String proxy, String device, int samples, long seed) {
        AdaptationResult r = AdaptationStudy.run(data, proxy, device, samples, seed);
        Map<String, ErrorMetrics> m = new LinkedHashMap<>();
        m.put("proxy as is (" + proxy + ")", r.proxyAsIs());
        m.put("linear proxy model", r.proxyModel());
        m.put("fit only on target samples", r.targetOnly());
        m.put("AdaProxy, lambda by hold-out", r.adaptedHoldout());
        m.put("AdaProxy, lambda by CV", r.adapted());
        return new CheckReport(ProxyAdaptedModel.ID, device,
                String.format(java.util.Locale.ROOT, "proxy %s on every cell; %d target samples (seed %d): hold-out %d + %d,"
                        + " CV %d folds, lambda %.3g", proxy, r.samples(), seed, r.fitSamples(), r.validationSamples(), r.folds(), r.lambda()),
                r.adapted().n() + " other connected cells", m);
    }

    /** The standard 1,000-cell split; a small table is halved instead. */
    private static Split fitSplit(LatencyDataset data, String device) {
        int[] connected = Split.connectedRows(data, device);
        return connected.length >= Split.DEFAULT_TRAIN_ROWS + 3 ? Split.standard(data, device)
                : Split.random(connected, connected.length / 2, Split.DEFAULT_SEED);
    }

    private static double[] lutSums(LatencyDataset data, LatencyLut lut, String device, int[] rows) {
        double[] out = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            out[i] = lut.sum(device, Nb201LutKeys.of(data.cell(rows[i])));
        }
        return out;
    }

    private static void requireDevice(LatencyDataset data, String device) {
        if (!data.hasDevice(device)) {
            throw new IllegalArgumentException("unknown device '" + device + "' (devices: " + String.join(", ", data.devices()) + ")");
        }
    }

    private static int orDefault(Integer v, int d) {
        return v == null ? d : v;
    }
}
