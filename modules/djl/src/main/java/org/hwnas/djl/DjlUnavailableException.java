package org.hwnas.djl;

/** The PyTorch engine behind DJL could not start (native library missing, not loadable, wrong platform). */
public final class DjlUnavailableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public DjlUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
