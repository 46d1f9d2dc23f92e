package org.hwnas.search.measure;

import java.util.Set;
import org.hwnas.model.network.NetworkAnalysis;
import org.hwnas.search.spi.MeasureFactory;
import org.hwnas.search.study.Measure;
import org.hwnas.search.study.MeasureContext;
import org.openide.util.lookup.ServiceProvider;

/** {@code "measure": "macs"}: multiply-accumulates of one inference (batch 1) of the candidate's network. */
@ServiceProvider(service = MeasureFactory.class)
public final class MacsMeasureFactory implements MeasureFactory {
    public static final String ID = "macs";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "multiply-accumulates of the candidate's network, batch 1 (count; \"unit\": K, M or G)";
    }

    @Override
    public Set<String> fields() {
        return Set.of("unit");
    }

    @Override
    public Measure create(MeasureContext ctx) {
        return NetworkCountMeasure.create(ctx, ID, NetworkAnalysis::totalMacs);
    }
}
