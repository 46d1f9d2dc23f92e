package org.hwnas.search.api;

import java.util.List;
import org.hwnas.search.spi.MeasureFactory;

/** Registered measure factories ({@code "measure": id} in studies). */
public final class MeasureFactories {
    private MeasureFactories() {
    }

    public static List<MeasureFactory> all() {
        return Services.all(MeasureFactory.class, MeasureFactory::id);
    }

    /** The factory with this id; an unknown id gets a message listing the valid ones. */
    public static MeasureFactory byId(String id) {
        return Services.byId(MeasureFactory.class, MeasureFactory::id, id, "measure");
    }

    public static String ids() {
        return Services.ids(MeasureFactory.class, MeasureFactory::id);
    }
}
