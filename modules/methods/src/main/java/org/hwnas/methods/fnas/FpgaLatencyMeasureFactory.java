package org.hwnas.methods.fnas;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Set;
import org.hwnas.arch.Architecture;
import org.hwnas.search.spi.MeasureFactory;
import org.hwnas.search.study.Measure;
import org.hwnas.search.study.MeasureContext;
import org.hwnas.search.study.MeasureException;
import org.openide.util.lookup.ServiceProvider;

/**
 * {@code "measure": "fpga-latency"}: the latency (ms) of the candidate's network on its own FPGA tile
 * design, exactly what the {@code fnas} engine prunes on ({@link FpgaLatency}). Works for NB201 cells as
 * well as mbv2/fbnet networks (the cost measure {@code hw-latency} needs a network candidate); a design
 * the network does not fit is a failed trial naming the limit.
 */
@ServiceProvider(service = MeasureFactory.class)
public final class FpgaLatencyMeasureFactory implements MeasureFactory {
    public static final String ID = "fpga-latency";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "latency of the candidate network on its own FPGA tile design (FNAS tile model), ms";
    }

    @Override
    public Set<String> fields() {
        return Set.of();
    }

    @Override
    public Measure create(MeasureContext ctx) {
        try {
            FpgaLatency.of(ctx.example());
        } catch (IllegalArgumentException e) {
            ctx.spec().get("measure").error(e.getMessage());
            return null;
        }
        return new FpgaLatencyMeasure(ctx.name(), ctx.spec().json());
    }

    record FpgaLatencyMeasure(String name, JsonNode spec) implements Measure {
        @Override
        public String serviceId() {
            return ID;
        }

        @Override
        public double evaluate(Architecture candidate) throws MeasureException {
            FpgaLatency.Result r;
            try {
                r = FpgaLatency.of(candidate);
            } catch (RuntimeException e) {
                throw new MeasureException(name + ": " + e.getMessage());
            }
            if (!r.valid()) {
                throw new MeasureException(name + ": " + candidate.text() + ": " + r.reason());
            }
            return r.ms();
        }
    }
}
