package org.hwnas.djl.data;

/** A dataset file is missing, unreadable or malformed; the message names the file and what is wrong. */
public final class DatasetException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public DatasetException(String file, String reason) {
        super(file + ": " + reason);
    }

    public DatasetException(String file, String reason, Throwable cause) {
        super(file + ": " + reason, cause);
    }
}
