package org.hwnas.search.measure;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.function.ToLongFunction;
import org.hwnas.arch.Architecture;
import org.hwnas.arch.JointArchitecture;
import org.hwnas.arch.NetworkCandidate;
import org.hwnas.model.network.NetworkAnalysis;
import org.hwnas.search.study.Measure;
import org.hwnas.search.study.MeasureContext;
import org.hwnas.search.study.MeasureException;

/** A count over the candidate's network (parameters, MACs), in units of {@code scale} (1, 1e6, ...). */
record NetworkCountMeasure(String name, String serviceId, JsonNode spec, ToLongFunction<NetworkAnalysis> count, double scale)
        implements Measure {

    /** The measure, or null after recording that the space has no network part. */
    static Measure create(MeasureContext ctx, String id, ToLongFunction<NetworkAnalysis> count) {
        if (JointArchitecture.find(ctx.example(), NetworkCandidate.class).isEmpty()) {
            ctx.spec().get("measure").error(id + " needs candidates with a network; '" + ctx.space().family()
                    + "' candidates have none (network spaces: mbv2, fbnet)");
            return null;
        }
        double scale = 1;
        if (ctx.spec().has("unit")) {
            String u = ctx.spec().string("unit", "1");
            switch (u) {
                case "1" -> scale = 1;
                case "K" -> scale = 1e3;
                case "M" -> scale = 1e6;
                case "G" -> scale = 1e9;
                default -> ctx.spec().get("unit").error("unit must be 1, K, M or G, got '" + u + "'");
            }
        }
        return new NetworkCountMeasure(ctx.name(), id, ctx.spec().json(), count, scale);
    }

    @Override
    public double evaluate(Architecture candidate) throws MeasureException {
        NetworkCandidate n = JointArchitecture.find(candidate, NetworkCandidate.class)
                .orElseThrow(() -> new MeasureException(name + ": " + candidate.text() + " has no network"));
        try {
            return count.applyAsLong(Networks.analysis(n)) / scale;
        } catch (RuntimeException e) {
            throw new MeasureException(name + ": cannot build the network of " + candidate.text() + ": " + e.getMessage());
        }
    }
}
