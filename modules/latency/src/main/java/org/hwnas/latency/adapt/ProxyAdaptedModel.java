package org.hwnas.latency.adapt;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.concurrent.ConcurrentHashMap;
import org.hwnas.arch.nb201.Nb201Cell;
import org.hwnas.latency.data.LatencyDataset;
import org.hwnas.latency.data.Nb201Encoding;
import org.hwnas.latency.spi.LatencyModel;
import org.hwnas.latency.spi.Nb201LatencyModel;
import org.openide.util.lookup.ServiceProvider;

/**
 * {@code proxy-adapted}: OneProxy's AdaProxy as a latency model. The proxy device is measured on every
 * NB201 cell; each target device contributes only {@code samples} measured cells (OneProxy: 60 to fit
 * + 10 to choose the penalty), drawn with a fixed seed from the shipped tables. Estimates are in target
 * ms, but the model is meant as a <em>ranker</em>: judge it by SRCC.
 */
@ServiceProvider(service = LatencyModel.class)
public final class ProxyAdaptedModel extends Nb201LatencyModel {
    public static final String ID = "proxy-adapted";
    /** OneProxy's NB201 proxy device. */
    public static final String DEFAULT_PROXY = "pixel3";
    public static final int DEFAULT_SAMPLES = 70;
    public static final long DEFAULT_SEED = 1;

    private final LatencyDataset data;
    private final String proxy;
    private final int samples;
    private final long seed;
    private final Map<String, AdaProxyFit> fits = new ConcurrentHashMap<>();

    public ProxyAdaptedModel() {
        this(DEFAULT_PROXY, DEFAULT_SAMPLES, DEFAULT_SEED);
    }

    public ProxyAdaptedModel(String proxy, int samples, long seed) {
        this(null, proxy, samples, seed);
    }

    /** Adapts on {@code data} (a measured table read with {@code LatencyCsv}) instead of the shipped tables. */
    public ProxyAdaptedModel(LatencyDataset data, String proxy, int samples, long seed) {
        super(ID);
        if (samples < AdaptationStudy.MIN_SAMPLES) {
            throw new IllegalArgumentException("proxy adaptation needs at least " + AdaptationStudy.MIN_SAMPLES + " target samples, got " + samples);
        }
        this.data = data;
        this.proxy = proxy;
        this.samples = samples;
        this.seed = seed;
    }

    @Override
    public String description() {
        return "AdaProxy (OneProxy): linear model of proxy " + proxy + " adapted with " + samples + " target samples; a ranker";
    }

    @Override
    public List<String> devices() {
        return data().devices().stream().filter(d -> !d.equals(proxy)).toList();
    }

    public String proxy() {
        return proxy;
    }

    public int samples() {
        return samples;
    }

    @Override
    protected OptionalDouble latencyMs(Nb201Cell cell, String device) {
        return OptionalDouble.of(fit(device).predict(Nb201Encoding.oneHot(cell)));
    }

    /** The adapted model of a target device (fitted once). */
    public AdaProxyFit fit(String device) {
        LatencyDataset data = data();
        requireDevice("proxy device", proxy, data.devices());
        requireDevice("target device", device, devices());
        return fits.computeIfAbsent(device, d -> AdaptationStudy.adaptedModel(data, proxy, d, samples, seed));
    }

    private LatencyDataset data() {
        return data != null ? data : LatencyDataset.builtIn();
    }
}
