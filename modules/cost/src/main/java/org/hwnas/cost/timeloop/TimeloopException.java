package org.hwnas.cost.timeloop;

/** A Timeloop YAML file that cannot be read or converted; the message names the file and the entry. */
public final class TimeloopException extends Exception {
    private static final long serialVersionUID = 1L;

    public TimeloopException(String message) {
        super(message);
    }
}
