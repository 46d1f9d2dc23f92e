package org.hwnas.search.run;

/** The stored trials cannot be replayed into the engine (engine or space behaviour changed). */
public final class ResumeException extends Exception {
    private static final long serialVersionUID = 1L;

    public ResumeException(String message) {
        super(message);
    }
}
