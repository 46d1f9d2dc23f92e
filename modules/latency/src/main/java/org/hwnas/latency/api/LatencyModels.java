package org.hwnas.latency.api;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.hwnas.latency.spi.LatencyModel;
import org.openide.util.Lookup;

/** Finds latency models registered in the default Lookup. */
public final class LatencyModels {
    private LatencyModels() {
    }

    /** All registered models, sorted by id. */
    public static List<LatencyModel> all() {
        return Lookup.getDefault().lookupAll(LatencyModel.class).stream()
                .sorted(Comparator.comparing(LatencyModel::id))
                .collect(Collectors.toList());
    }

    /** The model with this id; an unknown id gets a message listing the valid ones. */
    public static LatencyModel byId(String id) {
        return all().stream().filter(m -> m.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown latency model '" + id + "' (valid: " + ids() + ")"));
    }

    public static String ids() {
        return all().stream().map(LatencyModel::id).collect(Collectors.joining(", "));
    }
}
