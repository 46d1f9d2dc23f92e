package org.hwnas.arch;

/**
 * A candidate architecture as search spaces produce it and estimators consume it.
 * <p>Implementations are immutable values with {@code equals}/{@code hashCode}, so they can key caches
 * and trial stores. Estimators that only understand some families check {@link #family()} (or the
 * concrete type) and throw {@link UnsupportedArchitectureException} for the rest.
 */
public interface Architecture {

    /** Short id of the encoding family, e.g. {@code nb201}; stable, used in documents and the trial store. */
    String family();

    /** A stable text form that the family's parser reads back (e.g. the NB201 arch string). */
    String text();
}
