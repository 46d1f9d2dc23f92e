package org.hwnas.naas.engine;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.hwnas.arch.Architecture;
import org.hwnas.arch.JointArchitecture;
import org.hwnas.search.api.SearchContext;
import org.hwnas.search.api.Trial;
import org.hwnas.search.space.ProductSpace;
import org.hwnas.search.spi.EngineRun;
import org.hwnas.search.spi.EngineState;
import org.hwnas.search.spi.SearchSpace;

/**
 * One {@code naas} run: alternating phases over a network x {@code naas-accel} product.
 * <ol>
 * <li><b>Network phase</b> ({@code net_trials} trials, batchable): regularized (aging) evolution of the
 *     network parts on the incumbent accelerator; the first phase starts from {@code population} random
 *     networks on the base design, later ones from the incumbent pair.</li>
 * <li><b>Accelerator phase</b> ({@code hw_trials} trials, one per ask): a fresh CMA-ES run
 *     ({@link CmaesBridge}) over the accelerator genes, from the incumbent accelerator, with the incumbent
 *     network fixed; its best design becomes the incumbent.</li>
 * </ol>
 * [open choice, ours] NAAS evolves networks "for promising accelerators"; we alternate whole phases so that
 * CMA-ES sees a stationary objective (its network fixed) and restart it each phase from the incumbent.
 * <p>[open choice, ours] Scalars. CMA-ES minimises the {@code hw_objective} (EDP) of the trial; a trial
 * that violates a constraint gets {@code EDP + 1e20 x violation}, a failed one {@value #FAILED}. The network
 * tournament ranks by violation, then by how many sampled members dominate it (all objectives), ties to the
 * member sampled first. The incumbent network handed to the accelerator phase is the median (by the hw objective)
 * of the phase's first feasible front, so the accelerator is not tuned for the smallest network only.
 * <p>Randomness: a {@link Random} seeded from the study seed for the networks, and one CMA-ES seed per
 * phase derived from it; nothing depends on timing, so replaying the trial store rebuilds this state.
 */
final class NaasEngineRun implements EngineRun {
    static final double FAILED = 1e30;
    static final double VIOLATION_WEIGHT = 1e20;

    private enum Phase { NETWORK, ACCELERATOR }

    private final SearchContext context;
    private final SearchSpace space;
    private final NaasAccelSpace accelSpace;
    private final int accelPart;
    private final int hwObjective;
    private final int hwTrials;
    private final int netTrials;
    private final int population;
    private final int sample;
    private final double sigma;
    private final int lambda;
    private final Random rng;
    private final boolean networked;

    private Phase phase;
    private int phaseNo;
    private int asked;
    private int told;
    // incumbent pair
    private List<Architecture> network;
    private NaasAccelPoint accel;
    private double[] accelX;
    private Trial incumbent;
    // network phase
    private final Deque<Trial> queue = new ArrayDeque<>();
    private final List<Trial> phaseTrials = new ArrayList<>();
    // accelerator phase
    private CmaesBridge bridge;
    private double[] pendingX;
    private double bestScalar = Double.POSITIVE_INFINITY;
    private double phaseBest;
    private double[] phaseBestX;
    private NaasAccelPoint phaseBestPoint;
    private Trial phaseBestTrial;
    private int restarts;

    NaasEngineRun(SearchContext context, int accelPart, int hwObjective) {
        this.context = context;
        this.space = context.space();
        this.accelPart = accelPart;
        this.hwObjective = hwObjective;
        this.accelSpace = (NaasAccelSpace) (space instanceof ProductSpace p ? p.parts().get(accelPart) : space);
        this.hwTrials = context.options().integer("hw_trials");
        this.population = context.options().integer("population");
        this.netTrials = context.options().integer("net_trials");
        this.sample = context.options().integer("sample");
        this.sigma = context.options().real("sigma");
        this.lambda = context.options().integer("lambda");
        this.rng = new Random(context.seed());
        this.networked = space instanceof ProductSpace;
        int[] g = accelSpace.baseGenes();
        this.accel = (NaasAccelPoint) accelSpace.decode(g);
        this.accelX = accelSpace.vector(g);
        if (networked) {
            JointArchitecture j = (JointArchitecture) space.sample(new Random(context.seed() ^ 0x5eedL));
            this.network = new ArrayList<>(j.parts());
            this.phase = Phase.NETWORK;
        } else {
            this.network = List.of();
            startAcceleratorPhase();
        }
    }

    private int phaseLength() {
        if (phase == Phase.ACCELERATOR) {
            return hwTrials;
        }
        return phaseNo == 0 ? Math.max(netTrials, population) : netTrials;
    }

    @Override
    public List<Architecture> ask(int n) {
        List<Architecture> out = new ArrayList<>();
        if (n <= 0) {
            return out;
        }
        if (phase == Phase.ACCELERATOR) {
            pendingX = bridge.ask();
            NaasAccelPoint p = (NaasAccelPoint) accelSpace.decode(accelSpace.genes(pendingX));
            out.add(NaasEngine.compose(space, accelPart, network, p));
            asked++;
            return out;
        }
        int k = Math.min(n, phaseLength() - asked);
        for (int i = 0; i < k; i++) {
            List<Architecture> parts;
            if ((phaseNo == 0 && asked < population) || queue.isEmpty()) {
                parts = new ArrayList<>(((JointArchitecture) space.sample(rng)).parts());
            } else {
                parts = mutateNetwork(tournament());
            }
            out.add(NaasEngine.compose(space, accelPart, parts, accel));
            asked++;
        }
        return out;
    }

    /** The parent's network parts with one network part mutated. */
    private List<Architecture> mutateNetwork(Trial parent) {
        List<Architecture> parts = new ArrayList<>(((JointArchitecture) parent.candidate()).parts());
        List<SearchSpace> spaces = ((ProductSpace) space).parts();
        List<Integer> nets = new ArrayList<>();
        for (int i = 0; i < spaces.size(); i++) {
            if (i != accelPart && spaces.get(i).size().compareTo(java.math.BigInteger.ONE) > 0) {
                nets.add(i);
            }
        }
        if (!nets.isEmpty()) {
            int i = nets.get(rng.nextInt(nets.size()));
            parts.set(i, spaces.get(i).mutate(parts.get(i), rng));
        }
        return parts;
    }

    private Trial tournament() {
        List<Trial> members = new ArrayList<>(queue);
        List<Trial> s = new ArrayList<>(sample);
        for (int i = 0; i < sample; i++) {
            s.add(members.get(rng.nextInt(members.size())));
        }
        Trial best = null;
        for (Trial t : s) {
            if (best == null || rank(t, s) < rank(best, s)) {
                best = t;
            }
        }
        return best;
    }

    /**
     * Tournament order: violation, then how many sampled members dominate it; ties go to the member sampled
     * first (a random pick), not to the lower hw objective, which would drift the networks toward the
     * smallest ones.
     */
    private double rank(Trial t, List<Trial> among) {
        double v = t.fitness().violation();
        if (v > 0) {
            return 1e6 + Math.min(v, 1e12);
        }
        int dominatedBy = 0;
        for (Trial o : among) {
            if (o.fitness().feasible() && o.fitness().dominates(t.fitness())) {
                dominatedBy++;
            }
        }
        return dominatedBy;
    }

    @Override
    public void tell(List<Trial> results) {
        for (Trial t : results) {
            if (phase == Phase.ACCELERATOR) {
                double s = scalar(t);
                bridge.tell(s);
                restarts = bridge.restarts();
                if (s < phaseBest) {
                    phaseBest = s;
                    phaseBestX = pendingX.clone();
                    phaseBestPoint = (NaasAccelPoint) JointArchitecture.find(t.candidate(), NaasAccelPoint.class).orElseThrow();
                    phaseBestTrial = t;
                }
                bestScalar = Math.min(bestScalar, s);
            } else {
                queue.addLast(t);
                while (queue.size() > population) {
                    queue.removeFirst();
                }
                phaseTrials.add(t);
            }
            told++;
        }
        if (told >= phaseLength()) {
            if (phase == Phase.ACCELERATOR) {
                endAcceleratorPhase();
            } else {
                endNetworkPhase();
            }
        }
    }

    /** CMA-ES's scalar: the hw objective, penalised by violation; failures get {@value #FAILED}. */
    double scalar(Trial t) {
        double v = t.fitness().violation();
        double edp = t.fitness().get(hwObjective);
        if (!t.ok() || Double.isInfinite(v) || Double.isNaN(v) || !Double.isFinite(edp)) {
            return FAILED;
        }
        return Math.min(FAILED / 2, edp + VIOLATION_WEIGHT * v);
    }

    private void endNetworkPhase() {
        List<Trial> pool = new ArrayList<>(phaseTrials);
        if (incumbent != null) {
            pool.add(incumbent);
        }
        Trial pick = pickNetwork(pool);
        if (pick != null) {
            network = new ArrayList<>(((JointArchitecture) pick.candidate()).parts());
            incumbent = pick;
        }
        phaseTrials.clear();
        phaseNo++;
        startAcceleratorPhase();
    }

    /** The median, by the hw objective, of the first front of the least-violating trials; null when all failed. */
    private Trial pickNetwork(List<Trial> pool) {
        double least = pool.stream().filter(Trial::ok).mapToDouble(t -> t.fitness().violation()).min().orElse(Double.POSITIVE_INFINITY);
        if (Double.isInfinite(least)) {
            return null;
        }
        List<Trial> ok = pool.stream().filter(t -> t.ok() && t.fitness().violation() == least).toList();
        List<Trial> front = new ArrayList<>();
        for (Trial t : ok) {
            if (ok.stream().noneMatch(o -> o.fitness().dominates(t.fitness()))) {
                front.add(t);
            }
        }
        front.sort(Comparator.comparingDouble((Trial t) -> t.fitness().get(hwObjective)).thenComparingInt(Trial::number));
        return front.get((front.size() - 1) / 2);
    }

    private void startAcceleratorPhase() {
        phase = Phase.ACCELERATOR;
        asked = 0;
        told = 0;
        phaseBest = Double.POSITIVE_INFINITY;
        phaseBestX = null;
        long seed = context.seed() * 0x9E3779B97F4A7C15L + phaseNo;
        bridge = new CmaesBridge(this, accelX, sigma, lambda, seed);
    }

    private void endAcceleratorPhase() {
        bridge.close();
        bridge = null;
        if (phaseBestX != null && phaseBest < FAILED) {
            accelX = phaseBestX;
            accel = phaseBestPoint;
            incumbent = phaseBestTrial;
        }
        if (!networked) {
            phaseNo++;
            startAcceleratorPhase();
            return;
        }
        phase = Phase.NETWORK;
        phaseNo++;
        asked = 0;
        told = 0;
        queue.clear();
        if (incumbent != null) {
            queue.add(incumbent); // its accelerator is the incumbent one (unchanged when every trial failed)
        }
    }

    /** Ends the CMA-ES thread now (the runner calls it when the study's run ends; else it ends when this run is collected). */
    @Override
    public void close() {
        if (bridge != null) {
            bridge.close();
        }
    }

    boolean optimizerAlive() {
        return bridge != null && bridge.threadAlive();
    }

    @Override
    public EngineState state() {
        Map<String, Double> f = new LinkedHashMap<>();
        f.put("phase", (double) phaseNo);
        f.put("accelerator_phase", phase == Phase.ACCELERATOR ? 1.0 : 0.0);
        f.put("cmaes_restarts", (double) restarts);
        if (Double.isFinite(bestScalar)) {
            f.put("best_hw", bestScalar);
        }
        if (incumbent != null) {
            f.put("incumbent", (double) incumbent.number()); // trial number of the pair the current phase builds on
        }
        List<Integer> members = new ArrayList<>();
        if (phase == Phase.NETWORK) {
            queue.forEach(t -> members.add(t.number()));
        } else if (incumbent != null) {
            members.add(incumbent.number());
        }
        return new EngineState(f, members);
    }
}
