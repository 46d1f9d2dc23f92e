package org.hwnas.cost.api;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.hwnas.cost.spi.CostModel;
import org.openide.util.Lookup;

/** Finds the registered {@link CostModel}s (through the default Lookup). */
public final class CostModels {

    private CostModels() {
    }

    /** Every registered model, sorted by id. */
    public static List<CostModel> all() {
        List<CostModel> out = new ArrayList<>(Lookup.getDefault().lookupAll(CostModel.class));
        out.sort(Comparator.comparing(CostModel::id));
        return out;
    }

    public static Optional<CostModel> byId(String id) {
        return all().stream().filter(m -> m.id().equals(id)).findFirst();
    }
}
