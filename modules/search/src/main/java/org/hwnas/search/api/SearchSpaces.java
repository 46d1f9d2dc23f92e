package org.hwnas.search.api;

import java.util.List;
import org.hwnas.search.spi.SearchSpaceFactory;

/** Registered search-space factories. */
public final class SearchSpaces {
    private SearchSpaces() {
    }

    public static List<SearchSpaceFactory> all() {
        return Services.all(SearchSpaceFactory.class, SearchSpaceFactory::id);
    }

    /** The factory with this id; an unknown id gets a message listing the valid ones. */
    public static SearchSpaceFactory byId(String id) {
        return Services.byId(SearchSpaceFactory.class, SearchSpaceFactory::id, id, "search space");
    }

    public static String ids() {
        return Services.ids(SearchSpaceFactory.class, SearchSpaceFactory::id);
    }
}
