package org.hwnas.methods.fnas;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.hwnas.arch.Architecture;
import org.hwnas.arch.accel.FpgaTileDesign;
import org.hwnas.methods.RunStatus;
import org.hwnas.search.api.Goal;
import org.hwnas.search.api.Objective;
import org.hwnas.search.api.OptionSpec;
import org.hwnas.search.api.SearchContext;
import org.hwnas.search.api.Trial;
import org.hwnas.search.spi.EngineRun;
import org.hwnas.search.spi.EngineState;
import org.hwnas.search.spi.SearchEngine;
import org.hwnas.search.spi.SearchSpace;
import org.hwnas.search.space.ProductSpace;
import org.openide.util.lookup.ServiceProvider;

/**
 * {@code fnas}: FNAS (Jiang et al., DAC'19; METHODS.md section 4). A REINFORCE controller
 * ({@link SoftmaxPolicy}) samples a child's network and FPGA tile genes together. Before any accuracy
 * evaluation the FPGA tile model ({@link FpgaLatency}) gives the child's latency; if the design is invalid
 * or over {@code spec_ms}, only the hardware genes are re-sampled, up to {@code hw_resamples} times; a
 * child still over the spec is <b>pruned</b>: reward -1, never proposed to the runner, so never trained
 * or looked up. Children within the spec are proposed; the runner's trial gives the reward
 * {@code reward_scale * objective_0 + w_hw * (spec - lat) / spec} (clipped at -1; failed trials -1), as
 * the FNAS code's {@code w_acc * accuracy + w_hw * (target - HW_Eff) / target}.
 * <p>A child already proposed is not proposed again (FNAS caches trained children by their network
 * string): its known reward updates the policy and the controller samples again, at most
 * {@code max_attempts} times per requested child.
 * <p>Baseline: exponential moving average of rewards ({@code baseline_decay}), starting at the first
 * reward. Plain gradient steps at {@code learning_rate} (the FNAS code uses RMSProp).
 * <p>Determinism: all randomness comes from one {@code Random(seed)}, and the policy changes only from
 * pruned samples (inside {@code ask}) and told results, so replaying the store rebuilds it exactly.
 * <p>Spaces: a product whose parts include one {@code fpga-tile} space and a network space (nb201, mbv2,
 * fbnet). {@code spec_ms = 0} turns the spec off (the unconstrained search FNAS compares against).
 */
@ServiceProvider(service = SearchEngine.class)
public final class FnasEngine implements SearchEngine {
    public static final String ID = "fnas";
    static final double PRUNED_REWARD = -1;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "FNAS: REINFORCE controller over network + FPGA tile genes; spec-violating children pruned before evaluation";
    }

    @Override
    public List<OptionSpec> options() {
        return List.of(
                OptionSpec.real("spec_ms", 0, 0, 1e9, "latency spec on the FPGA tile model, ms (0 = none)"),
                OptionSpec.integer("hw_resamples", 10, 0, 10_000, "hardware re-samples of a child over the spec before it is pruned"),
                OptionSpec.real("learning_rate", 0.5, 1e-6, 100, "REINFORCE step size"),
                OptionSpec.real("baseline_decay", 0.9, 0, 1, "EMA factor of the reward baseline"),
                OptionSpec.real("reward_scale", 0.01, 1e-9, 1e9, "reward per unit of the first objective (0.01: accuracy % -> fraction)"),
                OptionSpec.real("w_hw", 0, 0, 100, "reward weight of the latency slack (spec - lat) / spec"),
                OptionSpec.integer("max_attempts", 200, 1, 1_000_000, "controller samples per requested child before ask returns fewer"));
    }

    @Override
    public int defaultBatch(SearchContext context) {
        return 4;
    }

    @Override
    public EngineRun start(SearchContext ctx) {
        return new Run(ctx);
    }

    @Override
    public String incompatibility(SearchContext ctx) {
        try {
            hardwareGenes(ctx.space());
            FpgaLatency.of(ctx.space().sample(new Random(0)));
            return null;
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    /** Which genes of the product space are the FPGA tile's: {@code [from, to)}. */
    static int[] hardwareGenes(SearchSpace space) {
        if (space instanceof ProductSpace p) {
            int offset = 0;
            for (SearchSpace s : p.parts()) {
                if (s.family().equals(FpgaTileDesign.FAMILY)) {
                    return new int[] {offset, offset + s.dimensions()};
                }
                offset += s.dimensions();
            }
        }
        throw new IllegalArgumentException("engine fnas needs \"spaces\": [a network space, an fpga-tile space]; got space "
                + space.id());
    }

    static final class Run implements EngineRun, RunStatus {
        private final SearchContext ctx;
        private final SearchSpace space;
        private final int[] hw;
        private final double spec;
        private final int resamples;
        private final double lr;
        private final double decay;
        private final double scale;
        private final double wHw;
        private final int maxAttempts;
        private final Objective first;
        private final Random rng;
        private final SoftmaxPolicy policy;
        private final Set<Architecture> proposed = new HashSet<>();
        private final Map<Architecture, Double> rewards = new HashMap<>();
        private final List<int[]> pending = new ArrayList<>();
        private double baseline = Double.NaN;
        private double lastReward = Double.NaN;
        private long sampled;
        private long pruned;
        private long hwResampled;
        private long rescued;
        private long repeats;
        private long updates;

        Run(SearchContext ctx) {
            this.ctx = ctx;
            this.space = ctx.space();
            this.hw = hardwareGenes(space);
            this.spec = ctx.options().real("spec_ms");
            this.resamples = ctx.options().integer("hw_resamples");
            this.lr = ctx.options().real("learning_rate");
            this.decay = ctx.options().real("baseline_decay");
            this.scale = ctx.options().real("reward_scale");
            this.wHw = ctx.options().real("w_hw");
            this.maxAttempts = ctx.options().integer("max_attempts");
            this.first = ctx.objectives().get(0);
            this.rng = new Random(ctx.seed());
            int[] card = new int[space.dimensions()];
            for (int i = 0; i < card.length; i++) {
                card[i] = space.cardinality(i);
            }
            this.policy = new SoftmaxPolicy(card);
        }

        @Override
        public List<Architecture> ask(int n) {
            List<Architecture> out = new ArrayList<>(n);
            pending.clear();
            for (int slot = 0; slot < n; slot++) {
                for (int attempt = 0; attempt < maxAttempts; attempt++) {
                    int[] a = policy.sample(rng);
                    sampled++;
                    Architecture child = space.decode(a);
                    FpgaLatency.Result lat = FpgaLatency.of(child);
                    int tries = 0;
                    while (!lat.meets(spec) && tries < resamples) {
                        policy.resample(a, hw[0], hw[1], rng); // re-sample the hardware only, keep the network
                        child = space.decode(a);
                        lat = FpgaLatency.of(child);
                        tries++;
                        hwResampled++;
                    }
                    if (!lat.meets(spec)) {
                        pruned++; // FNAS: reward -1, not trained
                        reinforce(a, PRUNED_REWARD);
                        continue;
                    }
                    if (tries > 0) {
                        rescued++;
                    }
                    if (!proposed.add(child)) {
                        repeats++; // already evaluated (or in flight): reuse its reward, as FNAS's training cache
                        Double r = rewards.get(child);
                        if (r != null) {
                            reinforce(a, r);
                        }
                        continue;
                    }
                    out.add(child);
                    pending.add(a);
                    break;
                }
            }
            return out;
        }

        @Override
        public void tell(List<Trial> results) {
            double sum = 0;
            for (int i = 0; i < results.size(); i++) {
                Trial t = results.get(i);
                double r = reward(t);
                sum += r;
                rewards.put(t.candidate(), r);
                if (i < pending.size()) {
                    reinforce(pending.get(i), r);
                }
            }
            pending.clear();
            lastReward = results.isEmpty() ? Double.NaN : sum / results.size();
        }

        /** The controller: mean reward of the last batch and its baseline first, then {@link #status()}. */
        @Override
        public EngineState state() {
            Map<String, Double> m = new LinkedHashMap<>();
            m.put("reward", lastReward);
            m.put("baseline", baseline);
            m.putAll(status());
            return EngineState.of(m);
        }

        double reward(Trial t) {
            Double v = t.measures().get(first.name());
            if (!t.ok() || v == null) {
                return PRUNED_REWARD;
            }
            double acc = first.goal() == Goal.MAXIMIZE ? v : -v;
            double r = scale * acc;
            if (wHw > 0 && spec > 0) {
                FpgaLatency.Result lat = FpgaLatency.of(t.candidate());
                if (lat.valid()) {
                    r += wHw * (spec - lat.ms()) / spec;
                }
            }
            return Math.max(PRUNED_REWARD, r);
        }

        private void reinforce(int[] actions, double reward) {
            if (Double.isNaN(baseline)) {
                baseline = reward;
            }
            policy.update(actions, reward - baseline, lr);
            baseline = decay * baseline + (1 - decay) * reward;
            updates++;
        }

        SoftmaxPolicy policy() {
            return policy;
        }

        double baseline() {
            return baseline;
        }

        @Override
        public Map<String, Double> status() {
            Map<String, Double> m = new LinkedHashMap<>();
            m.put("sampled", (double) sampled);
            m.put("proposed", (double) proposed.size());
            m.put("pruned", (double) pruned);
            m.put("hw_resamples", (double) hwResampled);
            m.put("rescued_by_resampling", (double) rescued);
            m.put("repeats", (double) repeats);
            m.put("policy_updates", (double) updates);
            m.put("baseline", baseline);
            m.put("policy_entropy", policy.meanEntropy());
            return m;
        }
    }
}
