package org.hwnas.naas;

import org.hwnas.cost.api.CostException;
import org.hwnas.cost.api.CostReport;
import org.hwnas.cost.loopnest.ArchSpec;
import org.hwnas.cost.loopnest.LoopNestEvaluator;
import org.hwnas.cost.loopnest.LoopNestModel;
import org.hwnas.cost.loopnest.LoopNestResult;
import org.hwnas.cost.loopnest.Nest;
import org.hwnas.model.accel.Accelerator;
import org.hwnas.model.mapping.Mapping;
import org.hwnas.model.workload.LoopBounds;

/**
 * {@code cmaes}: NAAS's inner mapping search. CMA-ES ({@link Cmaes}) over the {@link MappingEncoding}
 * vector (spatial factors, tiling factors, loop-order importance vectors), fitness = the layer's EDP from
 * the allocation-free loopnest evaluator. A vector whose tiles overflow a level scores
 * {@code 1e30 x (1 + inner tile mass)}, which is worse than any feasible EDP and pushes factors outward,
 * where everything fits [open choice: penalty, not repair]. Starts from the better of the warm vector
 * (best design so far) and {@link MappingEncoding#start()}.
 *
 * @param budget evaluations per layer
 * @param sigma  initial CMA-ES step size
 */
public record CmaesMappingSearch(int budget, double sigma) implements MappingSearch {
    static final double INFEASIBLE = 1e30;

    public CmaesMappingSearch {
        if (budget < 2 || !(sigma > 0 && sigma <= 0.5)) {
            throw new IllegalArgumentException("inner CMA-ES needs a budget >= 2 and 0 < sigma <= 0.5");
        }
    }

    @Override
    public String id() {
        return "cmaes";
    }

    @Override
    public LayerResult search(Accelerator accel, LoopBounds layer, String name, double[] warm, long seed) throws CostException {
        ArchSpec arch = ArchSpec.of(accel);
        MappingEncoding enc = new MappingEncoding(arch, layer);
        LoopNestEvaluator ev = new LoopNestEvaluator(arch);
        LoopNestResult res = new LoopNestResult(arch.levels());
        Nest nest = enc.newNest();
        java.util.function.ToDoubleFunction<double[]> f = x -> {
            enc.decode(x, nest);
            ev.evaluate(nest, res);
            return res.fits() ? res.edp() : INFEASIBLE * (1 + enc.innerMass(x));
        };
        double[] x0 = enc.start();
        if (warm != null && warm.length == x0.length && f.applyAsDouble(warm) < f.applyAsDouble(x0)) {
            x0 = warm.clone();
        }
        Cmaes.Result r = Cmaes.minimize(f, x0, sigma, 0, budget, seed);
        if (!(r.value() < INFEASIBLE)) {
            throw new CostException("layer " + name + ": no mapping fits accelerator '" + accel.name() + "' within "
                    + r.evaluations() + " CMA-ES candidates (every tile was over some level's capacity)");
        }
        Mapping m = enc.toMapping(r.x(), name);
        CostReport rep = new LoopNestModel().evaluate(accel, layer, m); // the checked path: m passes MappingRules
        return new LayerResult(m, rep.cycles(), rep.energyPj(), r.x(), r.evaluations() + 2L);
    }
}
