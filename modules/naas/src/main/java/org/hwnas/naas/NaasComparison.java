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
 * The two searched designs are finally re-mapped with a larger budget of their own inner search
 * (mapper: its default budget, as the Eyeriss baseline; CMA-ES: {@code finalInnerBudget}, warm-started),
 * so all three columns get comparable mapping effort.
 *
 * @param outer            outer CMA-ES options (shared by both searches)
 * @param cmaesInner       NAAS's inner search is CMA-ES over the mapping encoding (else the mapper)
 * @param innerBudget      inner evaluations per layer during the NAAS search
 * @param sizingMapperEvals mapper evaluations per layer during the sizing-only search
 * @param finalInnerBudget inner CMA-ES evaluations per layer when re-mapping the NAAS winner (cmaesInner)
 */
public record NaasComparison(NaasSearch.Options outer, boolean cmaesInner, int innerBudget, int sizingMapperEvals,
                             int finalInnerBudget) {

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

    /** The mapper options of the Eyeriss baseline and the final sizing-only re-map. */
    public static MapperOptions fullMapper() {
        return MapperOptions.defaults();
    }

    public Row run(Accelerator base, Workload w, Stages stages) throws CostException {
        long start = System.nanoTime();
        stages.stage(w.name(), "eyeriss");
        NetworkCost eyeriss = NetworkCost.of(base, w, new MapperMappingSearch(fullMapper()), null, outer.seed());
        stages.stage(w.name(), "sizing-only");
        MapperMappingSearch quick = new MapperMappingSearch(MapperOptions.defaults().withBudget(sizingMapperEvals, 10_000));
        NaasSearch.Result sizing = NaasSearch.run(HardwareSpace.around(base, HardwareSpace.Mode.SIZING_ONLY), w, quick, outer,
                stages.progress(w.name(), "sizing-only"));
        NetworkCost sizingFinal = NetworkCost.of(sizing.best().accelerator(), w, new MapperMappingSearch(fullMapper()), null,
                outer.seed());
        stages.stage(w.name(), "naas");
        MappingSearch inner = cmaesInner ? new CmaesMappingSearch(innerBudget, 0.3)
                : new MapperMappingSearch(MapperOptions.defaults().withBudget(innerBudget, 10_000));
        NaasSearch.Result naas = NaasSearch.run(HardwareSpace.around(base, HardwareSpace.Mode.FULL), w, inner, outer,
                stages.progress(w.name(), "naas"));
        NetworkCost naasFinal = cmaesInner ? remap(naas, w, new CmaesMappingSearch(finalInnerBudget, 0.2), outer.seed())
                : NetworkCost.of(naas.best().accelerator(), w, new MapperMappingSearch(fullMapper()), null, outer.seed());
        return new Row(w.name(), eyeriss, sizing, sizingFinal, naas, naasFinal, (System.nanoTime() - start) / 1e9);
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
