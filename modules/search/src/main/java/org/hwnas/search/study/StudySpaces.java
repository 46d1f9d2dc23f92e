package org.hwnas.search.study;

import java.util.List;
import org.hwnas.search.spi.SearchSpace;

/**
 * The spaces of a study as measures see them: the searched space (a product for several) and its
 * parts with their names ({@code "name"}, else the id).
 */
record StudySpaces(SearchSpace space, List<String> names, List<SearchSpace> parts, boolean valid) {

    StudySpaces {
        names = List.copyOf(names);
        parts = List.copyOf(parts);
    }

    boolean joint() {
        return parts.size() > 1;
    }
}
