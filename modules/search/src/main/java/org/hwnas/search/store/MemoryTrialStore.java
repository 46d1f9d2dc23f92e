package org.hwnas.search.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;
import org.hwnas.search.api.Trial;
import org.hwnas.search.run.FitnessFunction;
import org.hwnas.search.spi.SearchSpace;

/** Keeps trials in memory (benchmarks, tests); same contract as the SQLite store except durability. */
public final class MemoryTrialStore implements TrialStore {
    private final TreeMap<Integer, Trial> trials = new TreeMap<>();

    @Override
    public synchronized List<Trial> trials(SearchSpace space, FitnessFunction fitness) {
        List<Trial> out = new ArrayList<>(trials.values());
        out.sort(Comparator.comparingInt(Trial::number));
        return out;
    }

    @Override
    public synchronized void append(Trial trial) throws StoreException {
        if (trials.putIfAbsent(trial.number(), trial) != null) {
            throw new StoreException("trial " + trial.number() + " is already stored");
        }
    }

    @Override
    public void close() {
    }
}
