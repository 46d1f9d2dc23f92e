package org.hwnas.search.measure;

import java.util.Set;
import org.hwnas.model.network.NetworkAnalysis;
import org.hwnas.search.spi.MeasureFactory;
import org.hwnas.search.study.Measure;
import org.hwnas.search.study.MeasureContext;
import org.openide.util.lookup.ServiceProvider;

/** {@code "measure": "params"}: trainable parameters of the candidate's network (weights, biases, batch norm). */
@ServiceProvider(service = MeasureFactory.class)
public final class ParamsMeasureFactory implements MeasureFactory {
    public static final String ID = "params";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "parameters of the candidate's network (count; \"unit\": K, M or G)";
    }

    @Override
    public Set<String> fields() {
        return Set.of("unit");
    }

    @Override
    public Measure create(MeasureContext ctx) {
        return NetworkCountMeasure.create(ctx, ID, NetworkAnalysis::totalParams);
    }
}
