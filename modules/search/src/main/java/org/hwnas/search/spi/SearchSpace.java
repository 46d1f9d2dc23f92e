package org.hwnas.search.spi;

import java.math.BigInteger;
import java.util.Random;
import org.hwnas.arch.Architecture;

/**
 * A set of candidate architectures with the moves search engines need. Every architecture a space
 * returns is in canonical form: isomorphic candidates are one candidate.
 * <p>Instances are immutable and thread-safe; randomness comes only from the {@code Random} passed in,
 * so engines stay reproducible for a seed. Registered through {@link SearchSpaceFactory}.
 */
public interface SearchSpace {

    /** The factory id that made this space, e.g. {@code nb201}. */
    String id();

    /** The {@link Architecture#family()} of every candidate, so studies can check estimators up front. */
    String family();

    /** Number of distinct (canonical) candidates. */
    BigInteger size();

    /** A uniformly random candidate. */
    Architecture sample(Random rng);

    /** A neighbour of {@code a} that differs from it (when the space allows). */
    Architecture mutate(Architecture a, Random rng);

    /** A child taking each gene from one of the parents. */
    Architecture crossover(Architecture a, Architecture b, Random rng);

    /** Number of genes in {@link #encode}; gene {@code i} takes values {@code 0 .. cardinality(i)-1}. */
    int dimensions();

    int cardinality(int gene);

    /** The candidate's genes. */
    int[] encode(Architecture a);

    /** The canonical candidate with these genes. */
    Architecture decode(int[] genes);

    /** The canonical representative of {@code a}'s class. */
    Architecture canonical(Architecture a);

    /** Reads the text form ({@link Architecture#text()}), returning the canonical candidate. */
    Architecture parse(String text);

    /**
     * The content of the files the space was built from (e.g. a base accelerator design), so that
     * resuming a study refuses when one of them changed; null when the space reads no file.
     */
    default com.fasterxml.jackson.databind.JsonNode inputs() {
        return null;
    }
}
