package org.hwnas.search.space;

import java.math.BigInteger;
import java.util.Random;
import org.hwnas.arch.Architecture;
import org.hwnas.search.spi.SearchSpace;

/**
 * A space whose candidates are gene vectors with a fixed cardinality per gene, where every in-range
 * vector decodes to a valid canonical candidate ({@link #build}). Mutation and crossover work on the
 * genes and go through {@link #decode}, so they only ever yield members.
 */
public abstract class GeneSpace implements SearchSpace {
    private static final int MAX_TRIES = 64;
    private final int[] cardinality;

    protected GeneSpace(int[] cardinality) {
        this.cardinality = cardinality.clone();
        for (int c : this.cardinality) {
            if (c < 1) {
                throw new IllegalArgumentException("every gene needs at least one value");
            }
        }
    }

    /** The canonical candidate for an in-range gene vector. */
    protected abstract Architecture build(int[] genes);

    @Override
    public final int dimensions() {
        return cardinality.length;
    }

    @Override
    public final int cardinality(int gene) {
        return cardinality[gene];
    }

    @Override
    public final Architecture decode(int[] genes) {
        if (genes.length != cardinality.length) {
            throw new IllegalArgumentException(id() + ": an encoding has " + cardinality.length + " genes, got " + genes.length);
        }
        for (int i = 0; i < genes.length; i++) {
            if (genes[i] < 0 || genes[i] >= cardinality[i]) {
                throw new IllegalArgumentException(id() + ": gene " + i + " must be 0.." + (cardinality[i] - 1) + ", got " + genes[i]);
            }
        }
        return build(genes.clone());
    }

    /** Changes one gene to another value, retrying while the candidate stays the same (inactive genes). */
    @Override
    public Architecture mutate(Architecture a, Random rng) {
        int[] genes = encode(a);
        for (int t = 0; t < MAX_TRIES; t++) {
            int i = rng.nextInt(genes.length);
            if (cardinality[i] < 2) {
                continue;
            }
            int[] g = genes.clone();
            g[i] = (g[i] + 1 + rng.nextInt(cardinality[i] - 1)) % cardinality[i];
            Architecture child = decode(g);
            if (!child.equals(a)) {
                return child;
            }
        }
        return sample(rng);
    }

    /** Uniform crossover on the genes. */
    @Override
    public Architecture crossover(Architecture a, Architecture b, Random rng) {
        int[] x = encode(a);
        int[] y = encode(b);
        for (int i = 0; i < x.length; i++) {
            if (rng.nextBoolean()) {
                x[i] = y[i];
            }
        }
        return decode(x);
    }

    /** The product of the cardinalities: right where every in-range gene vector is a distinct member. */
    @Override
    public BigInteger size() {
        BigInteger n = BigInteger.ONE;
        for (int c : cardinality) {
            n = n.multiply(BigInteger.valueOf(c));
        }
        return n;
    }

    /** Uniform genes, drawn in gene order: uniform members where every gene vector is a distinct member. */
    @Override
    public Architecture sample(Random rng) {
        int[] g = new int[cardinality.length];
        for (int i = 0; i < g.length; i++) {
            g[i] = rng.nextInt(cardinality[i]);
        }
        return decode(g);
    }

    @Override
    public Architecture canonical(Architecture a) {
        return decode(encode(a));
    }
}
