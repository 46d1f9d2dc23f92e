package org.hwnas.mapper;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.hwnas.mapper.spi.Mapper;
import org.openide.util.Lookup;

/** Finds the registered {@link Mapper}s through the default Lookup. */
public final class Mappers {

    private Mappers() {
    }

    /** Every registered mapper, sorted by id. */
    public static List<Mapper> all() {
        List<Mapper> out = new ArrayList<>(Lookup.getDefault().lookupAll(Mapper.class));
        out.sort(Comparator.comparing(Mapper::id));
        return out;
    }

    public static Optional<Mapper> byId(String id) {
        return all().stream().filter(m -> m.id().equals(id)).findFirst();
    }

    /** The {@code loopnest} mapper, or the first registered one; empty when none is installed. */
    public static Optional<Mapper> getDefault() {
        return byId(LoopNestMapper.ID).or(() -> all().stream().findFirst());
    }
}
