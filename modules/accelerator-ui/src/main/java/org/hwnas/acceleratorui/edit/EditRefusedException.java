package org.hwnas.acceleratorui.edit;

/**
 * A design edit the model refuses, with the document path of the offending value and the reason in the
 * model's own words (e.g. {@code levels[3].sharing: instance count 5 must divide the PE count 168}).
 */
public final class EditRefusedException extends Exception {
    private static final long serialVersionUID = 1L;
    private final String path;
    private final String reason;

    public EditRefusedException(String path, String reason) {
        super(path.isEmpty() ? reason : path + ": " + reason);
        this.path = path;
        this.reason = reason;
    }

    /** Document path of the refused value, e.g. {@code pe_array.axes[0].size}; empty for the whole design. */
    public String path() {
        return path;
    }

    public String reason() {
        return reason;
    }
}
