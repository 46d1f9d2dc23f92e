package org.hwnas.latency.lut;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A per-operator latency lookup table for one or more devices: (device, operator, shapes) &rarr; ms.
 * A network's estimate is the sum of its operators' entries ({@link #sum}). Immutable.
 */
public final class LatencyLut {
    private final Map<String, Map<LutKey, Double>> byDevice;

    public LatencyLut(Map<String, Map<LutKey, Double>> byDevice) {
        Map<String, Map<LutKey, Double>> copy = new LinkedHashMap<>();
        byDevice.forEach((device, entries) -> {
            entries.forEach((k, v) -> {
                if (!Double.isFinite(v)) {
                    throw new IllegalArgumentException("LUT entry " + k + " on " + device + " is not a finite number: " + v);
                }
            });
            copy.put(device, Collections.unmodifiableMap(new LinkedHashMap<>(entries)));
        });
        this.byDevice = Collections.unmodifiableMap(copy);
    }

    public List<String> devices() {
        return List.copyOf(byDevice.keySet());
    }

    public boolean hasDevice(String device) {
        return byDevice.containsKey(device);
    }

    /** The device's entries, in table order. */
    public Map<LutKey, Double> entries(String device) {
        Map<LutKey, Double> e = byDevice.get(device);
        if (e == null) {
            throw new IllegalArgumentException("the LUT has no device '" + device + "' (devices: " + String.join(", ", devices()) + ")");
        }
        return e;
    }

    /** One entry; a missing one gets a message naming the operator, shapes and device. */
    public double ms(String device, LutKey key) {
        Double v = entries(device).get(key);
        if (v == null) {
            throw new IllegalArgumentException("the LUT has no entry for " + key + " on " + device
                    + " (it has " + entries(device).size() + " entries for this device)");
        }
        return v;
    }

    /** Sum of the entries of {@code keys} (a key listed twice counts twice). */
    public double sum(String device, List<LutKey> keys) {
        double s = 0;
        for (LutKey k : keys) {
            s += ms(device, k);
        }
        return s;
    }
}
