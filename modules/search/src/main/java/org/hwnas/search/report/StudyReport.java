package org.hwnas.search.report;

import java.util.ArrayList;
import java.util.List;
import org.hwnas.search.api.Objective;
import org.hwnas.search.api.Trial;
import org.hwnas.search.pareto.Hypervolume;
import org.hwnas.search.pareto.Normalization;
import org.hwnas.search.pareto.ParetoFront;

/**
 * What a study found, computed from its stored trials: the Pareto front of the feasible successful
 * trials and the hypervolume after each trial.
 * <p>Hypervolume normalisation: each objective is mapped to [0, 1] between the best and the worst value
 * seen among the feasible successful trials, and the reference point is that worst value (1, ..., 1).
 * The numbers compare runs of one study; across studies use fixed bounds (as the benchmark does).
 */
public final class StudyReport {
    private final List<Objective> objectives;
    private final List<Trial> trials;
    private final List<Trial> front;
    private final Normalization normalization;

    public StudyReport(List<Objective> objectives, List<Trial> trials) {
        this.objectives = List.copyOf(objectives);
        this.trials = List.copyOf(trials);
        List<Trial> ok = feasible(trials);
        List<double[]> pts = new ArrayList<>();
        for (Trial t : ok) {
            pts.add(t.fitness().minimized());
        }
        List<Trial> f = new ArrayList<>();
        for (int i : ParetoFront.indices(pts)) {
            f.add(ok.get(i));
        }
        f.sort(java.util.Comparator.comparingDouble(t -> t.fitness().get(0)));
        this.front = List.copyOf(f);
        this.normalization = bounds(pts, objectives.size());
    }

    private static List<Trial> feasible(List<Trial> trials) {
        List<Trial> ok = new ArrayList<>();
        for (Trial t : trials) {
            if (t.ok() && t.fitness().feasible()) {
                ok.add(t);
            }
        }
        return ok;
    }

    private static Normalization bounds(List<double[]> pts, int m) {
        double[] best = new double[m];
        double[] worst = new double[m];
        java.util.Arrays.fill(best, Double.POSITIVE_INFINITY);
        java.util.Arrays.fill(worst, Double.NEGATIVE_INFINITY);
        for (double[] p : pts) {
            for (int k = 0; k < m; k++) {
                best[k] = Math.min(best[k], p[k]);
                worst[k] = Math.max(worst[k], p[k]);
            }
        }
        if (pts.isEmpty()) {
            java.util.Arrays.fill(best, 0);
            java.util.Arrays.fill(worst, 1);
        }
        return new Normalization(best, worst);
    }

    public List<Objective> objectives() {
        return objectives;
    }

    public List<Trial> trials() {
        return trials;
    }

    /** Non-dominated feasible trials, by the first objective (best first). */
    public List<Trial> front() {
        return front;
    }

    public boolean onFront(Trial t) {
        return front.contains(t);
    }

    public long failed() {
        return trials.stream().filter(t -> !t.ok()).count();
    }

    public long infeasible() {
        return trials.stream().filter(t -> t.ok() && !t.fitness().feasible()).count();
    }

    /** Hypervolume of the final front (see the class comment for the normalisation). */
    public double hypervolume() {
        return hypervolume(front);
    }

    private double hypervolume(List<Trial> set) {
        List<double[]> pts = new ArrayList<>();
        for (Trial t : set) {
            pts.add(normalization.apply(t.fitness().minimized()));
        }
        return objectives.size() <= 3 ? Hypervolume.of(pts, normalization.reference()) : Double.NaN;
    }

    /** Hypervolume of the feasible trials finished so far, after each trial in number order. */
    public double[] hypervolumeOverTime() {
        double[] out = new double[trials.size()];
        List<Trial> seen = new ArrayList<>();
        double last = 0;
        for (int i = 0; i < trials.size(); i++) {
            Trial t = trials.get(i);
            if (t.ok() && t.fitness().feasible()) {
                seen.add(t);
                last = hypervolume(seen);
            }
            out[i] = last;
        }
        return out;
    }
}
