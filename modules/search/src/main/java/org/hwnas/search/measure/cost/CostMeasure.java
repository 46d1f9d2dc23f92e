package org.hwnas.search.measure.cost;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.function.ToDoubleFunction;
import org.hwnas.arch.AcceleratorCandidate;
import org.hwnas.arch.Architecture;
import org.hwnas.arch.JointArchitecture;
import org.hwnas.arch.NetworkCandidate;
import org.hwnas.cost.api.CostException;
import org.hwnas.cost.spi.CostModel;
import org.hwnas.search.study.Measure;
import org.hwnas.search.study.MeasureException;

/**
 * A whole-network cost figure of a (network, accelerator) candidate. The cost model is the study's
 * choice ({@code "cost-model"}) or, by default, the first registered model that supports the design.
 */
record CostMeasure(String name, String serviceId, JsonNode spec, CostModel fixedModel, ToDoubleFunction<NetworkCost> figure,
                   MapperMapping mapper) implements Measure {

    /** With the greedy mapping. */
    CostMeasure(String name, String serviceId, JsonNode spec, CostModel fixedModel, ToDoubleFunction<NetworkCost> figure) {
        this(name, serviceId, spec, fixedModel, figure, null);
    }

    @Override
    public double evaluate(Architecture candidate) throws MeasureException {
        NetworkCandidate net = JointArchitecture.find(candidate, NetworkCandidate.class)
                .orElseThrow(() -> new MeasureException(name + ": " + candidate.text() + " has no network part"));
        AcceleratorCandidate hw = JointArchitecture.find(candidate, AcceleratorCandidate.class)
                .orElseThrow(() -> new MeasureException(name + ": " + candidate.text() + " has no accelerator part"));
        CostModel model = fixedModel != null ? fixedModel : CostMeasureFactory.defaultModel(hw.accelerator());
        if (model == null) {
            throw new MeasureException(name + ": no cost model supports " + hw.accelerator().name());
        }
        try {
            return figure.applyAsDouble(mapper != null && model.needsMapping() ? NetworkCost.of(net, hw, model, mapper)
                    : NetworkCost.of(net, hw, model));
        } catch (CostException e) {
            throw new MeasureException(name + ": " + model.id() + ": " + e.getMessage());
        } catch (RuntimeException e) {
            throw new MeasureException(name + ": " + model.id() + " failed: " + e);
        }
    }
}
