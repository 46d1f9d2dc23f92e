package org.hwnas.search.study;

/** A measure could not be evaluated for a candidate; the message is stored with the failed trial. */
public final class MeasureException extends Exception {
    private static final long serialVersionUID = 1L;

    public MeasureException(String message) {
        super(message);
    }
}
