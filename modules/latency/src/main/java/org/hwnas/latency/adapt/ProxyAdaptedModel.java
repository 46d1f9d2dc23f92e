package org.hwnas.latency.adapt;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.concurrent.ConcurrentHashMap;
import org.hwnas.arch.Architecture;
import org.hwnas.arch.UnsupportedArchitectureException;
import org.hwnas.arch.nb201.Nb201Cell;
import org.hwnas.latency.data.LatencyDataset;
import org.hwnas.latency.data.Nb201Encoding;
import org.hwnas.latency.spi.LatencyModel;
import org.openide.util.lookup.ServiceProvider;

/**
 * {@code proxy-adapted}: OneProxy's AdaProxy as a latency model. The proxy device is measured on every
 * NB201 cell; each target device contributes only {@code samples} measured cells (OneProxy: 60 to fit
 * + 10 to choose the penalty), drawn with a fixed seed from the shipped tables. Estimates are in target
 * ms, but the model is meant as a <em>ranker</em>: judge it by SRCC.
 */
@ServiceProvider(service = LatencyModel.class)
public final class ProxyAdaptedModel implements LatencyModel {
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
        if (samples < AdaptationStudy.MIN_SAMPLES) {
            throw new IllegalArgumentException("proxy adaptation needs at least " + AdaptationStudy.MIN_SAMPLES + " target samples, got " + samples);
        }
        this.data = data;
        this.proxy = proxy;
        this.samples = samples;
        this.seed = seed;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "AdaProxy (OneProxy): linear model of proxy " + proxy + " adapted with " + samples + " target samples; a ranker";
    }

    @Override
    public List<String> devices() {
        return data().devices().stream().filter(d -> !d.equals(proxy)).toList();
    }

    @Override
    public List<String> families() {
        return List.of(Nb201Cell.FAMILY);
    }

    public String proxy() {
        return proxy;
    }

    public int samples() {
        return samples;
    }

    @Override
    public OptionalDouble latencyMs(Architecture arch, String device) {
        if (!(arch instanceof Nb201Cell cell)) {
            throw new UnsupportedArchitectureException(ID, arch, Nb201Cell.FAMILY);
        }
        return OptionalDouble.of(fit(device).predict(Nb201Encoding.oneHot(cell)));
    }

    /** The adapted model of a target device (fitted once). */
    public AdaProxyFit fit(String device) {
        LatencyDataset data = data();
        if (!data.hasDevice(proxy)) {
            throw new IllegalArgumentException(ID + " has no proxy device '" + proxy + "' (devices: " + String.join(", ", data.devices()) + ")");
        }
        if (!devices().contains(device)) {
            throw new IllegalArgumentException(ID + " has no target device '" + device + "' (valid: " + String.join(", ", devices()) + ")");
        }
        return fits.computeIfAbsent(device, d -> AdaptationStudy.adaptedModel(data, proxy, d, samples, seed));
    }

    private LatencyDataset data() {
        return data != null ? data : LatencyDataset.builtIn();
    }
}
