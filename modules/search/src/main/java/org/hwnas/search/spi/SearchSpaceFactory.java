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
     * on the node, and a usable fallback is returned so that decoding can go on, or null when there is
     * none (e.g. an unreadable base design). Every space accepts an optional {@code name} (how multi-space
     * studies and measures refer to it). Relative file names resolve against the study's folder
     * ({@code spec.document().file()}).
     */
    SearchSpace create(DocNode spec);
}
