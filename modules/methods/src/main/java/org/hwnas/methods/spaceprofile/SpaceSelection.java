package org.hwnas.methods.spaceprofile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hwnas.arch.nb201.Nb201Cell;
import org.hwnas.model.network.zoo.Nb201Op;

/**
 * Zeng et al.'s space selection (METHODS.md section 1, {@code select_search_space}): every SSBN of every
 * family gets
 * <pre>cost = exp(-(acc - threshold) / scale) + lambda * (-1 / lat)</pre>
 * (acc as a fraction, lat in ms); all SSBNs are pooled and walked in ascending cost; the first family to
 * collect {@code k} SSBNs wins; each edge of the tuned space allows the family's typical op plus every op
 * whose SSBN on that edge was collected by the winner up to that point. The base network counts toward
 * {@code k} but adds no choice. If no family reaches {@code k}, the family with the most collected wins
 * (ties: the lowest total cost).
 */
public final class SpaceSelection {

    /** Cost of one SSBN. */
    public static double cost(double accuracyPct, double latencyMs, double threshold, double scale, double lambda) {
        return Math.exp(-(accuracyPct / 100 - threshold) / scale) + lambda * (-1 / latencyMs);
    }

    /**
     * @param family   the winning family
     * @param typical  its typical op
     * @param chosen   its SSBNs collected, in cost order
     * @param ranked   every SSBN with its cost, ascending
     * @param edgeOps  the tuned space: per edge the allowed ops (typical first, then the collected ones in op order)
     */
    public record Result(String family, Nb201Op typical, List<Ssbn> chosen, List<Ranked> ranked, List<List<Nb201Op>> edgeOps) {
    }

    public record Ranked(Ssbn ssbn, double cost) {
    }

    private SpaceSelection() {
    }

    public static Result select(List<Ssbn> all, double threshold, double scale, double lambda, int k) {
        if (all.isEmpty()) {
            throw new IllegalArgumentException("no profiled networks to select from");
        }
        if (k < 1) {
            throw new IllegalArgumentException("k must be at least 1, got " + k);
        }
        List<Ranked> ranked = new ArrayList<>();
        for (Ssbn s : all) {
            ranked.add(new Ranked(s, cost(s.accuracy(), s.latencyMs(), threshold, scale, lambda)));
        }
        // stable sort: equal costs keep the profiling order
        ranked.sort(Comparator.comparingDouble(Ranked::cost));
        Map<String, List<Ssbn>> collected = new HashMap<>();
        String winner = null;
        for (Ranked r : ranked) {
            List<Ssbn> l = collected.computeIfAbsent(r.ssbn().family(), f -> new ArrayList<>());
            l.add(r.ssbn());
            if (l.size() >= k) {
                winner = r.ssbn().family();
                break;
            }
        }
        if (winner == null) {
            Map<String, Double> total = new HashMap<>();
            ranked.forEach(r -> total.merge(r.ssbn().family(), r.cost(), Double::sum));
            winner = collected.keySet().stream()
                    .max(Comparator.comparingInt((String f) -> collected.get(f).size()).thenComparing(f -> -total.get(f))).orElseThrow();
        }
        List<Ssbn> chosen = collected.get(winner);
        Nb201Op typical = chosen.get(0).typical();
        List<List<Nb201Op>> edgeOps = new ArrayList<>();
        for (int e = 0; e < Nb201Cell.EDGES; e++) {
            Set<Nb201Op> ops = EnumSet.noneOf(Nb201Op.class);
            for (Ssbn s : chosen) {
                if (s.edge() == e) {
                    ops.add(s.op());
                }
            }
            ops.remove(typical);
            List<Nb201Op> list = new ArrayList<>();
            list.add(typical);
            list.addAll(ops);
            edgeOps.add(List.copyOf(list));
        }
        return new Result(winner, typical, List.copyOf(chosen), List.copyOf(ranked), List.copyOf(edgeOps));
    }
}
