package org.hwnas.naas;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.hwnas.arch.mbv2.MbNetArch;
import org.hwnas.cost.api.CostException;
import org.hwnas.model.accel.Accelerator;
import org.hwnas.search.space.mbv2.MbNetSpace;

/**
 * The network level of NAAS over the MobileNetV2-style space, alternating with the accelerator level
 * [open choice, ours: NAAS "runs NN evolution for promising accelerators"; we alternate whole levels]:
 * <ol>
 * <li>co-search the accelerator (+ mappings) for the reference network, MobileNetV2 1.0;</li>
 * <li>on that design, regularized (aging) evolution over networks: a child mutates the best of
 *     {@code sample} random members; fitness = network EDP on the design (inner mapping search), with
 *     the constraint top-1 >= {@code minTop1} (default: the reference's own estimate), infeasible children
 *     ranked by their accuracy deficit;</li>
 * <li>co-search the accelerator again for the best network; repeat 2-3 for {@code rounds}.</li>
 * </ol>
 * The baseline is the reference network on the base design with its own best mappings.
 */
public final class NetworkCoSearch {

    /**
     * @param inner      mapping search during the search
     * @param finalInner mapping search for the reported reference and winner (e.g. the full mapper)
     * @param rounds     network-evolution + accelerator rounds after the first accelerator search
     * @param children   networks evaluated per round
     * @param population aging population
     * @param sample     tournament size
     * @param minTop1    accuracy floor in percent; NaN = the reference network's estimate
     */
    public record Options(NaasSearch.Options outer, MappingSearch inner, MappingSearch finalInner, int rounds, int children,
                          int population, int sample, double minTop1) {
        public Options {
            if (rounds < 1 || children < 1 || population < 2 || sample < 1) {
                throw new IllegalArgumentException("rounds, children and sample must be >= 1 and population >= 2");
            }
        }
    }

    /** One evaluated network. */
    public record Candidate(MbNetArch arch, double top1, NetworkCost cost) {
        boolean feasible(double floor) {
            return top1 >= floor - 1e-9;
        }
    }

    /** Progress of the network level. */
    public interface Progress {
        void round(int round, String stage);

        void child(int round, int i, Candidate c, Candidate best);
    }

    /**
     * @param reference the reference network on the base design (the baseline)
     * @param best      the co-searched network on its co-searched design
     */
    public record Result(Candidate reference, Candidate best, HardwareDesign design, double minTop1, String accuracy,
                         int networksEvaluated, double seconds) {
    }

    private NetworkCoSearch() {
    }

    public static Result run(Accelerator base, MbNetSpace space, NetworkAccuracy accuracy, Options o, Progress p) throws CostException {
        long start = System.nanoTime();
        MbNetArch ref = MbNetArch.mobilenetV2(1.0, space.macro());
        double refTop1 = accuracy.top1(ref);
        double floor = Double.isNaN(o.minTop1()) ? refTop1 : o.minTop1();
        p.round(0, "reference " + ref.text() + " on " + base.name());
        NetworkCost refCost = NetworkCost.of(base, Workload.of(ref.network()), o.finalInner(), null, o.outer().seed());
        Candidate reference = new Candidate(ref, refTop1, refCost);
        HardwareSpace hw = HardwareSpace.around(base, HardwareSpace.Mode.FULL);
        p.round(0, "accelerator for " + ref.text());
        NaasSearch.Result design = NaasSearch.run(hw, Workload.of(ref.network()), o.inner(), o.outer(), null);
        Candidate best = new Candidate(ref, refTop1, design.cost());
        Random rng = new Random(o.outer().seed());
        int evaluated = 0;
        for (int round = 1; round <= o.rounds(); round++) {
            p.round(round, "networks on " + design.best().summary());
            Accelerator a = design.best().accelerator();
            Map<MbNetArch, Candidate> seen = new LinkedHashMap<>();
            Deque<Candidate> queue = new ArrayDeque<>();
            Candidate incumbent = evaluate(best.arch(), a, accuracy, o, seen);
            queue.add(incumbent);
            Candidate roundBest = incumbent;
            for (int i = 0; i < o.children(); i++) {
                List<Candidate> members = new ArrayList<>(queue);
                Candidate parent = null;
                for (int k = 0; k < o.sample(); k++) {
                    Candidate c = members.get(rng.nextInt(members.size()));
                    if (parent == null || better(c, parent, floor)) {
                        parent = c;
                    }
                }
                MbNetArch child = (MbNetArch) space.mutate(parent.arch(), rng);
                Candidate c = evaluate(child, a, accuracy, o, seen);
                evaluated++;
                queue.addLast(c);
                if (queue.size() > o.population()) {
                    queue.removeFirst();
                }
                if (better(c, roundBest, floor)) {
                    roundBest = c;
                }
                p.child(round, i + 1, c, roundBest);
            }
            p.round(round, "accelerator for " + roundBest.arch().text());
            NaasSearch.Result again = NaasSearch.run(hw, Workload.of(roundBest.arch().network()), o.inner(),
                    new NaasSearch.Options(o.outer().hardwareEvals(), o.outer().lambda(), o.outer().sigma(), o.outer().seed() + round), null);
            Candidate onNew = new Candidate(roundBest.arch(), roundBest.top1(), again.cost());
            Candidate onOld = roundBest;
            if (onNew.cost().edp() <= onOld.cost().edp()) {
                design = again;
                best = onNew;
            } else {
                best = onOld; // keep the design the network was evolved on
            }
        }
        p.round(o.rounds(), "final mapping of " + best.arch().text());
        best = new Candidate(best.arch(), best.top1(), NetworkCost.of(best.cost().design(), Workload.of(best.arch().network()),
                o.finalInner(), null, o.outer().seed()));
        return new Result(reference, best, design.best(), floor, accuracy.id(), evaluated, (System.nanoTime() - start) / 1e9);
    }

    private static Candidate evaluate(MbNetArch arch, Accelerator a, NetworkAccuracy acc, Options o, Map<MbNetArch, Candidate> seen)
            throws CostException {
        Candidate c = seen.get(arch);
        if (c == null) {
            c = new Candidate(arch, acc.top1(arch), NetworkCost.of(a, Workload.of(arch.network()), o.inner(), null, o.outer().seed()));
            seen.put(arch, c);
        }
        return c;
    }

    /** Feasible before infeasible; among feasible lower EDP; among infeasible the smaller accuracy deficit. */
    static boolean better(Candidate a, Candidate b, double floor) {
        boolean fa = a.feasible(floor);
        boolean fb = b.feasible(floor);
        if (fa != fb) {
            return fa;
        }
        return fa ? a.cost().edp() < b.cost().edp() : a.top1() > b.top1();
    }
}
