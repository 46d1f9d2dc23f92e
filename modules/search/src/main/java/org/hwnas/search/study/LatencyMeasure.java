package org.hwnas.search.study;

import com.fasterxml.jackson.databind.JsonNode;
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
        return ServiceValue.of(name, model.id(), device + " latency for " + candidate.text(),
                () -> model.latencyMs(candidate, device));
    }
}
