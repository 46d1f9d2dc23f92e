package org.hwnas.search.study;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.OptionalDouble;
import org.hwnas.arch.Architecture;
import org.hwnas.latency.spi.LatencyModel;

/** Latency (ms) from a {@link LatencyModel} on one device. */
record LatencyMeasure(String name, LatencyModel model, String device, JsonNode spec) implements Measure {

    @Override
    public String serviceId() {
        return model.id();
    }

    @Override
    public double evaluate(Architecture candidate) throws MeasureException {
        OptionalDouble v;
        try {
            v = model.latencyMs(candidate, device);
        } catch (RuntimeException e) {
            throw new MeasureException(name + ": " + model.id() + " failed: " + e.getMessage());
        }
        if (v.isEmpty()) {
            throw new MeasureException(name + ": " + model.id() + " has no " + device + " latency for " + candidate.text());
        }
        return v.getAsDouble();
    }
}
