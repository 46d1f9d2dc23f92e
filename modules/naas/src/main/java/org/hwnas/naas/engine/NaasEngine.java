package org.hwnas.naas.engine;

import java.util.ArrayList;
import java.util.List;
import org.hwnas.arch.Architecture;
import org.hwnas.arch.JointArchitecture;
import org.hwnas.search.api.Goal;
import org.hwnas.search.api.Objective;
import org.hwnas.search.api.OptionSpec;
import org.hwnas.search.api.SearchContext;
import org.hwnas.search.space.ProductSpace;
import org.hwnas.search.spi.EngineRun;
import org.hwnas.search.spi.SearchEngine;
import org.hwnas.search.spi.SearchSpace;
import org.openide.util.lookup.ServiceProvider;

/**
 * {@code naas}: NAAS co-search as a study engine. The accelerator part (a {@code naas-accel} space) is
 * searched by commons-math3's CMA-ES through {@link CmaesBridge}, the network part (any other spaces of
 * the product, e.g. {@code mbv2}) by regularized evolution, in alternating phases (see
 * {@link NaasEngineRun}). The per-layer mapping is the study's cost measure's ({@code "mapping":
 * "mapper"}), so one trial is network x accelerator x per-layer mapping.
 */
@ServiceProvider(service = SearchEngine.class)
public final class NaasEngine implements SearchEngine {
    public static final String ID = "naas";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "NAAS co-search: CMA-ES (commons-math3) over the naas-accel encoding alternating with network evolution";
    }

    @Override
    public List<OptionSpec> options() {
        return List.of(
                OptionSpec.integer("hw_trials", 24, 2, 1_000_000, "trials per accelerator (CMA-ES) phase"),
                OptionSpec.integer("net_trials", 12, 1, 1_000_000, "trials per network (evolution) phase; the first is at least population"),
                OptionSpec.integer("population", 8, 1, 100_000, "network evolution: aging queue size"),
                OptionSpec.integer("sample", 3, 1, 100_000, "network evolution: tournament size"),
                OptionSpec.real("sigma", 0.25, 0.01, 0.5, "CMA-ES initial step size, in units of the unit box"),
                OptionSpec.integer("lambda", 0, 0, 10_000, "CMA-ES population of the first run; 0 = 4 + 3 ln n"),
                OptionSpec.integer("hw_objective", -1, -1, 1_000,
                        "index of the objective CMA-ES minimises; -1 = the first minimised objective named *edp*, else the last minimised one"));
    }

    @Override
    public int defaultBatch(SearchContext context) {
        return 2;
    }

    @Override
    public String incompatibility(SearchContext context) {
        if (accelPart(context.space()) < 0) {
            return "the naas engine needs a space with one '" + NaasAccelSpaceFactory.ID + "' part (got " + context.space().id() + ")";
        }
        if (hwObjective(context) < 0) {
            return "the naas engine needs a minimised objective for CMA-ES (e.g. edp); set hw_objective";
        }
        return null;
    }

    @Override
    public EngineRun start(SearchContext context) {
        String why = incompatibility(context);
        if (why != null) {
            throw new IllegalArgumentException(why);
        }
        return new NaasEngineRun(context, accelPart(context.space()), hwObjective(context));
    }

    /** Position of the naas-accel part (0 for a lone naas-accel space), or -1. */
    static int accelPart(SearchSpace space) {
        if (space instanceof NaasAccelSpace) {
            return 0;
        }
        if (space instanceof ProductSpace p) {
            int found = -1;
            for (int i = 0; i < p.parts().size(); i++) {
                if (p.parts().get(i) instanceof NaasAccelSpace) {
                    if (found >= 0) {
                        return -1;
                    }
                    found = i;
                }
            }
            return found;
        }
        return -1;
    }

    /** The objective CMA-ES minimises: the option, else the first minimised one named *edp*, else the last minimised. */
    static int hwObjective(SearchContext context) {
        List<Objective> objectives = context.objectives();
        int opt = context.options().integer("hw_objective");
        if (opt >= 0) {
            return opt < objectives.size() ? opt : -1;
        }
        int last = -1;
        for (int i = 0; i < objectives.size(); i++) {
            if (objectives.get(i).goal() == Goal.MINIMIZE) {
                if (objectives.get(i).name().toLowerCase(java.util.Locale.ROOT).contains("edp")) {
                    return i;
                }
                last = i;
            }
        }
        return last;
    }

    /** The candidate with the given network parts and accelerator point. */
    static Architecture compose(SearchSpace space, int accelPart, List<Architecture> network, Architecture accel) {
        if (!(space instanceof ProductSpace)) {
            return accel;
        }
        List<Architecture> parts = new ArrayList<>(network);
        parts.set(accelPart, accel);
        return new JointArchitecture(parts);
    }
}
