package org.hwnas.search.measure.cost;

import java.util.Set;
import java.util.function.ToDoubleFunction;
import org.hwnas.arch.AcceleratorCandidate;
import org.hwnas.arch.Architecture;
import org.hwnas.arch.JointArchitecture;
import org.hwnas.arch.NetworkCandidate;
import org.hwnas.cost.api.CostModels;
import org.hwnas.cost.spi.CostModel;
import org.hwnas.model.accel.Accelerator;
import org.hwnas.search.spi.MeasureFactory;
import org.hwnas.search.study.Measure;
import org.hwnas.search.study.MeasureContext;

/**
 * Cost-model measures of network x accelerator candidates: {@code energy} (uJ), {@code cycles},
 * {@code edp} (J x cycles) and {@code hw-latency} (ms at the design's clock), summed over the network's
 * conv and linear layers. Optional {@code "cost-model"}: a registered model id (default: {@code loopnest}
 * for spatial designs with the {@link GreedyMapping} heuristic, {@code fpga-tile} for FPGA designs with
 * the candidate's own tile). Optional {@code "mapping"}: {@code greedy} (default, the fixed heuristic) or
 * {@code mapper} (the best mapping per layer from the registered {@code Mapper} service, EDP objective,
 * {@code "mapper-budget"} evaluations per layer, default {@value MapperMapping#DEFAULT_BUDGET}).
 */
abstract class CostMeasureFactory implements MeasureFactory {
    static final String COST_MODEL = "cost-model";
    static final String MAPPING = "mapping";
    static final String MAPPER_BUDGET = "mapper-budget";
    private final String id;
    private final String description;
    private final ToDoubleFunction<NetworkCost> figure;

    CostMeasureFactory(String id, String description, ToDoubleFunction<NetworkCost> figure) {
        this.id = id;
        this.description = description;
        this.figure = figure;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public Set<String> fields() {
        return Set.of(COST_MODEL, MAPPING, MAPPER_BUDGET);
    }

    @Override
    public Measure create(MeasureContext ctx) {
        Architecture example = ctx.example();
        AcceleratorCandidate hw = JointArchitecture.find(example, AcceleratorCandidate.class).orElse(null);
        if (JointArchitecture.find(example, NetworkCandidate.class).isEmpty() || hw == null) {
            ctx.spec().get("measure").error(id + " needs network x accelerator candidates (a network space such as mbv2 or fbnet "
                    + "and an accelerator or fpga-tile space); '" + ctx.space().family() + "' candidates lack one");
            return null;
        }
        CostModel model = null;
        if (ctx.spec().has(COST_MODEL)) {
            String m = ctx.spec().string(COST_MODEL);
            model = CostModels.byId(m).orElse(null);
            if (model == null) {
                ctx.spec().get(COST_MODEL).error("unknown cost model '" + m + "' (valid: "
                        + String.join(", ", CostModels.all().stream().map(CostModel::id).toList()) + ")");
                return null;
            }
            if (!model.supports(hw.accelerator())) {
                ctx.spec().get(COST_MODEL).error(m + " does not support designs like " + hw.accelerator().name());
                return null;
            }
        } else if (defaultModel(hw.accelerator()) == null) {
            ctx.spec().get("measure").error("no registered cost model supports " + hw.accelerator().name());
            return null;
        }
        MapperMapping mapper = null;
        String mapping = ctx.spec().string(MAPPING, "greedy");
        if (mapping.equals("mapper")) {
            int budget = ctx.spec().integer(MAPPER_BUDGET, MapperMapping.DEFAULT_BUDGET, 100, 10_000_000);
            mapper = MapperMapping.create(budget).orElse(null);
            if (mapper == null) {
                ctx.spec().get(MAPPING).error("\"mapper\" needs a registered Mapper service (the hwnas-mapper module); none is installed");
                return null;
            }
            if (model != null && !model.id().equals("loopnest")) {
                ctx.spec().get(MAPPING).error("\"mapper\" searches loopnest mappings; cost-model is " + model.id());
                return null;
            }
        } else if (!mapping.equals("greedy")) {
            ctx.spec().get(MAPPING).error("unknown mapping '" + mapping + "' (valid: greedy, mapper)");
            return null;
        } else if (ctx.spec().has(MAPPER_BUDGET)) {
            ctx.spec().get(MAPPER_BUDGET).error("only with \"mapping\": \"mapper\"");
            return null;
        }
        return new CostMeasure(ctx.name(), model == null ? id : model.id(), ctx.spec().json(), model, figure, mapper);
    }

    /** loopnest when it supports the design, else the first registered model that does. */
    static CostModel defaultModel(Accelerator a) {
        CostModel loopnest = CostModels.byId("loopnest").orElse(null);
        if (loopnest != null && loopnest.supports(a)) {
            return loopnest;
        }
        return CostModels.all().stream().filter(m -> m.supports(a)).findFirst().orElse(null);
    }
}
