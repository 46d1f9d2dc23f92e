package org.hwnas.latency.lut;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hwnas.arch.nb201.Nb201Cell;
import org.hwnas.model.network.zoo.Nb201Op;
import org.hwnas.latency.measured.LayerTiming;
import org.hwnas.latency.measured.Profile;
import org.hwnas.model.network.Network;

/**
 * A per-layer LUT built from measured profiles ({@code measured} model, each layer timed alone): every
 * layer of every profiled network becomes one profile of its {@link LayerLutKeys} key; a key profiled
 * several times gets the median. The five uniform NB201 cells (every edge the same op) cover every layer
 * key any NB201 network has, so profiling them is enough to estimate all 15,625.
 */
public final class ProfiledLut {
    private ProfiledLut() {
    }

    /** The cells whose networks cover every NB201 layer key: all-none, all-skip, all-1x1, all-3x3, all-pool. */
    public static List<Nb201Cell> nb201Cover() {
        List<Nb201Cell> out = new ArrayList<>();
        for (Nb201Op op : Nb201Op.values()) {
            Nb201Op[] ops = new Nb201Op[Nb201Cell.EDGES];
            java.util.Arrays.fill(ops, op);
            out.add(Nb201Cell.of(ops));
        }
        return out;
    }

    /** The table of one device from networks and their per-layer profiles (same order). */
    public static LatencyLut of(String device, List<Network> networks, List<Profile> profiles) {
        if (networks.size() != profiles.size()) {
            throw new IllegalArgumentException(networks.size() + " networks but " + profiles.size() + " profiles");
        }
        Map<LutKey, List<Double>> samples = new LinkedHashMap<>();
        for (int n = 0; n < networks.size(); n++) {
            List<LutKey> keys = LayerLutKeys.of(networks.get(n));
            List<LayerTiming> layers = profiles.get(n).layers();
            if (layers.size() != keys.size()) {
                throw new IllegalArgumentException("profile of " + networks.get(n).name() + " has " + layers.size()
                        + " layer timings for " + keys.size() + " layers (profile with per-layer timing on)");
            }
            for (int i = 0; i < keys.size(); i++) {
                samples.computeIfAbsent(keys.get(i), k -> new ArrayList<>()).add(layers.get(i).timing().medianMs());
            }
        }
        Map<LutKey, Double> entries = new LinkedHashMap<>();
        samples.forEach((k, v) -> entries.put(k, LutCsv.median(v)));
        return new LatencyLut(Map.of(device, entries));
    }
}
