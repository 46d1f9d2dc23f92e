package org.hwnas.methods.hsconas;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Set;
import org.hwnas.arch.Architecture;
import org.hwnas.search.spi.MeasureFactory;
import org.hwnas.search.study.Measure;
import org.hwnas.search.study.MeasureContext;
import org.hwnas.search.study.MeasureException;
import org.openide.util.lookup.ServiceProvider;

/**
 * {@code "measure": "space-latency"}: the latency (ms) a {@code mbv2-ch} space assigns its candidates
 * (its per-layer LUT on its FPGA board), i.e. exactly what the {@code hsconas} engine scales channels
 * against, so the study's latency constraint and the engine's budget speak of one number.
 */
@ServiceProvider(service = MeasureFactory.class)
public final class SpaceLatencyMeasureFactory implements MeasureFactory {
    public static final String ID = "space-latency";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "latency of the candidate on its mbv2-ch space's own latency model (per-layer LUT on an FPGA board), ms";
    }

    @Override
    public Set<String> fields() {
        return Set.of();
    }

    @Override
    public Measure create(MeasureContext ctx) {
        if (!(ctx.space() instanceof ChannelSpace space)) {
            ctx.spec().get("measure").error(ID + " needs a " + ChannelSpaceFactory.ID + " space (name it with \"space\" in a multi-space study); got "
                    + ctx.space().id());
            return null;
        }
        return new SpaceLatency(ctx.name(), ctx.spec().json(), space);
    }

    record SpaceLatency(String name, JsonNode spec, ChannelSpace space) implements Measure {
        @Override
        public String serviceId() {
            return ID;
        }

        @Override
        public double evaluate(Architecture candidate) throws MeasureException {
            try {
                return space.latencyMs(candidate);
            } catch (RuntimeException e) {
                throw new MeasureException(name + ": " + e.getMessage());
            }
        }
    }
}
