package org.hwnas.search.spi;

import org.hwnas.model.doc.DocNode;

/**
 * Makes a {@link SearchSpace} from the {@code space} object of a study. Registered with
 * {@code @ServiceProvider(service = SearchSpaceFactory.class)}; found by id.
 */
public interface SearchSpaceFactory {

    /** Stable id used in documents ({@code "space": {"id": "nb201"}}). */
    String id();

    String description();

    /**
     * Builds the space from its document node; problems (unknown fields, an empty space) are recorded
     * on the node, and a usable fallback is returned so that decoding can go on.
     */
    SearchSpace create(DocNode spec);
}
