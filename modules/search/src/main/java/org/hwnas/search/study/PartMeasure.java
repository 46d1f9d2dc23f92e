package org.hwnas.search.study;

import com.fasterxml.jackson.databind.JsonNode;
import org.hwnas.arch.Architecture;
import org.hwnas.arch.JointArchitecture;

/** A measure evaluated on one part of a joint candidate (the study's space number {@code part}). */
record PartMeasure(Measure inner, int part) implements Measure {

    @Override
    public String name() {
        return inner.name();
    }

    @Override
    public String serviceId() {
        return inner.serviceId();
    }

    @Override
    public JsonNode spec() {
        return inner.spec();
    }

    @Override
    public double evaluate(Architecture candidate) throws MeasureException {
        Architecture a = candidate instanceof JointArchitecture j ? j.part(part) : candidate;
        return inner.evaluate(a);
    }
}
