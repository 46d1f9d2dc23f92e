package org.hwnas.search.store;

import java.util.List;
import org.hwnas.search.api.Trial;
import org.hwnas.search.run.FitnessFunction;
import org.hwnas.search.spi.SearchSpace;

/**
 * Where finished trials go as they finish. {@link #append} must be durable when it returns (one
 * transaction per trial), so a killed study loses no finished trial. Thread-safe.
 */
public interface TrialStore extends AutoCloseable {

    /** Finished trials in number order, candidates parsed by {@code space}, fitness recomputed. */
    List<Trial> trials(SearchSpace space, FitnessFunction fitness) throws StoreException;

    /** Stores one finished trial; a number stored before is refused (a trial is never run twice). */
    void append(Trial trial) throws StoreException;

    @Override
    void close() throws StoreException;
}
