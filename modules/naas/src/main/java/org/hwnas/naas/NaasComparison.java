package org.hwnas.naas;

import org.hwnas.cost.api.CostException;
import org.hwnas.mapper.MapperOptions;
import org.hwnas.model.accel.Accelerator;

/**
 * NAAS and its two baselines on one network, in one run, at the base's PE count and on-chip bytes:
 * <ul>
 * <li><b>eyeriss</b>: the base design with its own best mappings (the project mapper, default budget,
 *     inside the base's row-stationary dataflow);</li>
 * <li><b>sizing only</b>: outer CMA-ES over array shape and buffer sizes only; connectivity (the base's
 *     parallel dims) and the mapping strategy (row-stationary dataflow, mapper) stay the base's;</li>
 * <li><b>naas</b>: outer CMA-ES over sizing + connectivity (global buffer may hold every tensor), inner
 *     mapping search per layer: the mapper ({@code flexible} dataflow, bypass searched) by default, or
 *     CMA-ES over each layer's importance-vector encoding ({@code cmaesInner}).</li>
 * </ul>
 * The searched designs are finally re-mapped with a larger budget of their own inner search (mapper:
 * its default budget, as the Eyeriss baseline, on each search's {@link NaasSearch#LEADERS} best designs and
 * its start design, keeping the best; CMA-ES: {@code finalInnerBudget}, warm-started, on the winner), so all three columns
 * get comparable mapping effort. The reported designs are the ones whose final EDP is shown.
 *
 * @param outer            outer CMA-ES options (shared by both searches)
 * @param cmaesInner       NAAS's inner search is CMA-ES over the mapping encoding (else the mapper)
 * @param innerBudget      inner evaluations per layer during the NAAS search
 * @param sizingMapperEvals mapper evaluations per layer during the sizing-only search
 * @param finalInnerBudget inner CMA-ES evaluations per layer when re-mapping the NAAS winner (cmaesInner)
 * @param finalMapperEvals mapper evaluations per layer for the Eyeriss baseline and the final re-maps
 *                         (the mapper's default is 300,000, capped at 600 ms CPU per layer)
 */
public record NaasComparison(NaasSearch.Options outer, boolean cmaesInner, int innerBudget, int sizingMapperEvals,
                             int finalInnerBudget, int finalMapperEvals) {

    /** One row of the comparison table. */
    public record Row(String network, NetworkCost eyeriss, NaasSearch.Result sizing, NetworkCost sizingFinal,
                      NaasSearch.Result naas, NetworkCost naasFinal, double seconds) {

        public double eyerissOverNaas() {
            return eyeriss.edp() / naasFinal.edp();
        }

        public double sizingOverNaas() {
            return sizingFinal.edp() / naasFinal.edp();
        }

        public double eyerissOverSizing() {
            return eyeriss.edp() / sizingFinal.edp();
        }
    }

    /** Which stage is running, for progress output. */
    public interface Stages {
        void stage(String network, String stage);

        NaasSearch.Progress progress(String network, String stage);
    }

    /** The mapper options of the Eyeriss baseline and the final re-maps. */
    public MapperOptions fullMapper() {
        return MapperOptions.defaults().withBudget(finalMapperEvals, MapperOptions.defaults().timeLimitMillis());
    }

    public Row run(Accelerator base, Workload w, Stages stages) throws CostException {
        long start = System.nanoTime();
        // both spaces first: a base that cannot be searched is refused before any work
        HardwareSpace sizingSpace = HardwareSpace.around(base, HardwareSpace.Mode.SIZING_ONLY);
        HardwareSpace fullSpace = HardwareSpace.around(base, HardwareSpace.Mode.FULL);
        stages.stage(w.name(), base.name());
        NetworkCost eyeriss = NetworkCost.of(base, w, new MapperMappingSearch(fullMapper()), null, outer.seed());
        stages.stage(w.name(), "sizing-only");
        MapperMappingSearch quick = new MapperMappingSearch(MapperOptions.defaults().withBudget(sizingMapperEvals, 10_000));
        NaasSearch.Result sizing = NaasSearch.run(sizingSpace, w, quick, outer,
                stages.progress(w.name(), "sizing-only"));
        NetworkCost sizingFinal = bestOf(sizing, w, new MapperMappingSearch(fullMapper()), outer.seed());
        stages.stage(w.name(), "naas");
        MappingSearch inner = cmaesInner ? new CmaesMappingSearch(innerBudget, 0.3)
                : new MapperMappingSearch(MapperOptions.defaults().withBudget(innerBudget, 10_000));
        NaasSearch.Result naas = NaasSearch.run(fullSpace, w, inner, outer,
                stages.progress(w.name(), "naas"));
        NetworkCost naasFinal = cmaesInner ? remap(naas, w, new CmaesMappingSearch(finalInnerBudget, 0.2), outer.seed())
                : bestOf(naas, w, new MapperMappingSearch(fullMapper()), outer.seed());
        return new Row(w.name(), eyeriss, sizing, sizingFinal, naas, naasFinal, (System.nanoTime() - start) / 1e9);
    }

    /**
     * The search's leading designs and its start design re-mapped with the full mapper, the best kept: the
     * search ranks designs with a quick inner search, whose noise can misorder close designs, and the
     * result is never worse than where the search started.
     */
    static NetworkCost bestOf(NaasSearch.Result r, Workload w, MappingSearch fin, long seed) throws CostException {
        NetworkCost best = null;
        for (NetworkCost c : r.leaders()) {
            NetworkCost again = NetworkCost.of(c.design(), w, fin, null, seed);
            if (best == null || again.edp() < best.edp()) {
                best = again;
            }
        }
        return best;
    }

    /** Re-maps a search's winner warm-started from its own vectors, keeping the better result per layer. */
    static NetworkCost remap(NaasSearch.Result r, Workload w, MappingSearch inner, long seed) throws CostException {
        double[][] warm = new double[w.shapes().size()][];
        for (int i = 0; i < warm.length; i++) {
            warm[i] = r.cost().layers().get(i).vector();
        }
        NetworkCost again = NetworkCost.of(r.best().accelerator(), w, inner, warm, seed + 1);
        return again.edp() < r.cost().edp() ? again : r.cost();
    }
}
