package org.hwnas.latency.spi;

import java.util.List;
import java.util.OptionalDouble;
import org.hwnas.arch.Architecture;

/**
 * Predicts or looks up the inference latency of a candidate architecture on a named device.
 * Implementations register with {@code @ServiceProvider(service = LatencyModel.class)} and are found by
 * {@code Lookup.getDefault().lookupAll(LatencyModel.class)} (see {@code LatencyModels}).
 * <p>Contract: {@link #latencyMs} is thread-safe; slow set-up happens lazily on first use.
 */
public interface LatencyModel {

    /** Stable id used in documents, e.g. {@code hwnasbench-table}. */
    String id();

    /** One line for listings. */
    String description();

    /** Devices this model knows, e.g. {@code pixel3}. */
    List<String> devices();

    /** Architecture families handled (e.g. {@code nb201}). */
    List<String> families();

    /**
     * Latency in milliseconds (batch 1); empty when this model has no value for this architecture on
     * this device (unavailable is never reported as 0).
     *
     * @throws org.hwnas.arch.UnsupportedArchitectureException for a family not in {@link #families()}
     * @throws IllegalArgumentException for a device not in {@link #devices()} (the message lists them)
     */
    OptionalDouble latencyMs(Architecture arch, String device);
}
