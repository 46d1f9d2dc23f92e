package org.hwnas.search.api;

import java.util.List;
import org.hwnas.search.spi.SearchEngine;

/** Registered search engines. */
public final class SearchEngines {
    private SearchEngines() {
    }

    public static List<SearchEngine> all() {
        return Services.all(SearchEngine.class, SearchEngine::id);
    }

    /** The engine with this id; an unknown id gets a message listing the valid ones. */
    public static SearchEngine byId(String id) {
        return Services.byId(SearchEngine.class, SearchEngine::id, id, "search engine");
    }

    public static String ids() {
        return Services.ids(SearchEngine.class, SearchEngine::id);
    }
}
