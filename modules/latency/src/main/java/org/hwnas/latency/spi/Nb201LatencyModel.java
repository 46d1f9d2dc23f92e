package org.hwnas.latency.spi;

import java.util.List;
import java.util.OptionalDouble;
import org.hwnas.arch.Architecture;
import org.hwnas.arch.UnsupportedArchitectureException;
import org.hwnas.arch.nb201.Nb201Cell;

/**
 * Base of the latency models that estimate NAS-Bench-201 cells: the id, the family, the architecture
 * check and the unknown-device message live here once, so a model only says how it estimates a cell.
 */
public abstract class Nb201LatencyModel implements LatencyModel {
    private final String id;

    protected Nb201LatencyModel(String id) {
        this.id = id;
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final List<String> families() {
        return List.of(Nb201Cell.FAMILY);
    }

    @Override
    public final OptionalDouble latencyMs(Architecture arch, String device) {
        if (!(arch instanceof Nb201Cell cell)) {
            throw new UnsupportedArchitectureException(id, arch, Nb201Cell.FAMILY);
        }
        return latencyMs(cell, device);
    }

    /** Latency of a cell on a device; {@link #requireDevice} gives the SPI's message for an unknown one. */
    protected abstract OptionalDouble latencyMs(Nb201Cell cell, String device);

    /** The SPI's {@link IllegalArgumentException} unless {@link #devices()} lists {@code device}. */
    protected final void requireDevice(String device) {
        requireDevice("device", device, devices());
    }

    /** The same for a named role ({@code "target device"}) and list. */
    protected final void requireDevice(String role, String device, List<String> known) {
        if (!known.contains(device)) {
            throw new IllegalArgumentException(id + " has no " + role + " '" + device + "' (valid: " + String.join(", ", known) + ")");
        }
    }
}
