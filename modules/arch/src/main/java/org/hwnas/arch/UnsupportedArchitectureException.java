package org.hwnas.arch;

/** An estimator or model was handed an architecture family it cannot evaluate. */
public final class UnsupportedArchitectureException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public UnsupportedArchitectureException(String serviceId, Architecture arch, String supported) {
        super(serviceId + " cannot evaluate a '" + arch.family() + "' architecture (it handles: " + supported + ")");
    }
}
