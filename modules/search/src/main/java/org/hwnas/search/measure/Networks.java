package org.hwnas.search.measure;

import java.util.LinkedHashMap;
import java.util.Map;
import org.hwnas.arch.NetworkCandidate;
import org.hwnas.model.network.NetworkAnalysis;

/**
 * The analysis of a candidate's network, kept for the last few candidates: a trial evaluates several
 * measures of one candidate in a row, and building and analysing the network is the costly part.
 */
public final class Networks {
    private static final int KEEP = 64;
    private static final Map<NetworkCandidate, NetworkAnalysis> RECENT = new LinkedHashMap<>(KEEP, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<NetworkCandidate, NetworkAnalysis> e) {
            return size() > KEEP;
        }
    };

    private Networks() {
    }

    public static NetworkAnalysis analysis(NetworkCandidate c) {
        synchronized (RECENT) {
            NetworkAnalysis a = RECENT.get(c);
            if (a != null) {
                return a;
            }
        }
        NetworkAnalysis a = NetworkAnalysis.of(c.network()); // outside the lock: workers build in parallel
        synchronized (RECENT) {
            RECENT.put(c, a);
        }
        return a;
    }
}
