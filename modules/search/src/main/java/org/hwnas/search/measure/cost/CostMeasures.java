package org.hwnas.search.measure.cost;

import org.hwnas.search.spi.MeasureFactory;
import org.openide.util.lookup.ServiceProvider;

/** The registered cost-model measures (see {@link CostMeasureFactory}). */
final class CostMeasures {
    private CostMeasures() {
    }

    @ServiceProvider(service = MeasureFactory.class)
    public static final class Energy extends CostMeasureFactory {
        public Energy() {
            super("energy", "energy of one inference on the candidate accelerator, uJ (cost model)", c -> c.energyPj() * 1e-6);
        }
    }

    @ServiceProvider(service = MeasureFactory.class)
    public static final class Cycles extends CostMeasureFactory {
        public Cycles() {
            super("cycles", "cycles of one inference on the candidate accelerator, layers in sequence (cost model)", c -> c.cycles());
        }
    }

    @ServiceProvider(service = MeasureFactory.class)
    public static final class Edp extends CostMeasureFactory {
        public Edp() {
            super("edp", "energy-delay product of one inference, J x cycles (cost model)", NetworkCost::edp);
        }
    }

    @ServiceProvider(service = MeasureFactory.class)
    public static final class HwLatency extends CostMeasureFactory {
        public HwLatency() {
            super("hw-latency", "latency of one inference on the candidate accelerator, ms at its clock (cost model)",
                    NetworkCost::latencyMs);
        }
    }
}
