package org.hwnas.search.study;

import java.util.Random;
import org.hwnas.arch.Architecture;
import org.hwnas.model.doc.DocNode;
import org.hwnas.search.spi.SearchSpace;

/**
 * What a {@link org.hwnas.search.spi.MeasureFactory} builds a measure from.
 *
 * @param name  the measure's name in the study
 * @param spec  its definition (problems are recorded here)
 * @param space the space whose candidates it will evaluate (a part's space when the definition names one)
 */
public record MeasureContext(String name, DocNode spec, SearchSpace space) {

    /** A fixed candidate of the space, so a factory can check up front which kinds of parts it has. */
    public Architecture example() {
        return space.sample(new Random(0));
    }
}
