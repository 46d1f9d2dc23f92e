package org.hwnas.search.engine;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import org.hwnas.arch.Architecture;
import org.hwnas.search.spi.SearchSpace;

/**
 * Remembers every candidate an engine proposed so it does not spend budget on repeats. When the
 * generator keeps producing seen candidates, it falls back to random samples, then accepts a repeat.
 */
final class Novelty {
    private static final int TRIES = 64;
    private final Set<Architecture> seen = new HashSet<>();
    private final SearchSpace space;

    Novelty(SearchSpace space) {
        this.space = space;
    }

    boolean exhausted() {
        return space.size().compareTo(java.math.BigInteger.valueOf(seen.size())) <= 0;
    }

    /** A candidate not proposed before if one can be found; recorded as seen. */
    Architecture fresh(Supplier<Architecture> generator, Random rng) {
        Architecture a = generator.get();
        for (int t = 0; t < TRIES && seen.contains(a); t++) {
            a = generator.get();
        }
        for (int t = 0; t < TRIES && seen.contains(a) && !exhausted(); t++) {
            a = space.sample(rng);
        }
        seen.add(a);
        return a;
    }

    int size() {
        return seen.size();
    }
}
