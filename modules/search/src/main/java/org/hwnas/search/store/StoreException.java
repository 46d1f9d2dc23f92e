package org.hwnas.search.store;

/** The trial store cannot be used as asked (corrupt file, foreign file, study changed); one clear message. */
public final class StoreException extends Exception {
    private static final long serialVersionUID = 1L;

    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
