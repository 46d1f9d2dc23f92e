package org.hwnas.searchui.model;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import org.hwnas.search.api.Objective;
import org.hwnas.search.api.Trial;
import org.hwnas.search.report.StudyReport;
import org.hwnas.search.spi.EngineState;
import org.hwnas.search.study.Measure;
import org.hwnas.search.study.Study;

/**
 * What the search console shows of a study at one moment, computed from its stored trials (no Swing):
 * the scatter points for any two measures with the Pareto front of the feasible successful trials
 * highlighted, the hypervolume after each trial, the trial table rows and the engine's settings.
 */
public final class StudySnapshot {

    /** How a point is drawn. */
    public enum Kind { FRONT, FEASIBLE, INFEASIBLE }

    /** One scatter point (only successful trials have values). */
    public record Point(Trial trial, double x, double y, Kind kind) {
    }

    private final Study study;
    private final List<Trial> trials;
    private final StudyReport report;
    private final Set<Integer> front = new java.util.HashSet<>();
    private final EngineState engine;
    private final int engineBatches;
    private final String engineProblem;

    public StudySnapshot(Study study, List<Trial> trials) {
        this(study, trials, EngineState.NONE, 0, null);
    }

    /**
     * @param engine        the engine's state after {@code engineBatches} told batches (see {@link EngineReplay})
     * @param engineProblem why the engine's state is unknown, or null
     */
    public StudySnapshot(Study study, List<Trial> trials, EngineState engine, int engineBatches, String engineProblem) {
        this.study = study;
        this.trials = List.copyOf(trials);
        this.report = new StudyReport(study.objectives(), trials);
        report.front().forEach(t -> front.add(t.number()));
        this.engine = engine;
        this.engineBatches = engineBatches;
        this.engineProblem = engineProblem;
    }

    /** A snapshot of the stored trials with the engine's state replayed from them. */
    public static StudySnapshot of(Study study, List<Trial> trials, EngineReplay replay) {
        EngineState state = replay.update(trials);
        return new StudySnapshot(study, trials, state, replay.batches(), replay.problem());
    }

    public Study study() {
        return study;
    }

    public List<Trial> trials() {
        return trials;
    }

    public StudyReport report() {
        return report;
    }

    /** Objectives first, then the other measures: the axis choices. */
    public List<String> measureNames() {
        Set<String> names = new LinkedHashSet<>();
        study.objectives().forEach(o -> names.add(o.name()));
        for (Measure m : study.measures()) {
            names.add(m.name());
        }
        return List.copyOf(names);
    }

    /** e.g. {@code accuracy (max)}. */
    public String axisLabel(String measure) {
        for (Objective o : study.objectives()) {
            if (o.name().equals(measure)) {
                return measure + (o.goal() == org.hwnas.search.api.Goal.MAXIMIZE ? " (max)" : " (min)");
            }
        }
        return measure;
    }

    public boolean onFront(Trial t) {
        return front.contains(t.number());
    }

    /** Successful trials that have both measures, in trial order. */
    public List<Point> points(String xMeasure, String yMeasure) {
        List<Point> out = new ArrayList<>();
        for (Trial t : trials) {
            Double x = t.measures().get(xMeasure);
            Double y = t.measures().get(yMeasure);
            if (!t.ok() || x == null || y == null || !Double.isFinite(x) || !Double.isFinite(y)) {
                continue;
            }
            Kind k = onFront(t) ? Kind.FRONT : t.fitness().feasible() ? Kind.FEASIBLE : Kind.INFEASIBLE;
            out.add(new Point(t, x, y, k));
        }
        return out;
    }

    /** (trial number, hypervolume of the feasible trials up to it), normalised as {@link StudyReport}. */
    public double[][] hypervolumeSeries() {
        double[] hv = report.hypervolumeOverTime();
        double[][] out = new double[hv.length][];
        for (int i = 0; i < hv.length; i++) {
            out[i] = new double[] {trials.get(i).number(), hv[i]};
        }
        return out;
    }

    public int done() {
        return trials.size();
    }

    public int budget() {
        return study.budget().trials();
    }

    /** One line about the engine: id, resolved options, batch, space size. */
    public String engineState() {
        StringBuilder sb = new StringBuilder(study.engine().id());
        TreeMap<String, Double> opts = new TreeMap<>(study.options().values());
        if (!opts.isEmpty()) {
            List<String> parts = new ArrayList<>();
            opts.forEach((k, v) -> parts.add(k + " " + (v == Math.rint(v) ? Long.toString(v.longValue()) : v.toString())));
            sb.append(" (").append(String.join(", ", parts)).append(')');
        }
        sb.append(", batch ").append(study.batch()).append(", space ").append(study.space().id()).append(" of ")
                .append(sizeText(study.space().size())).append(" candidates, seed ").append(study.seed());
        return sb.toString();
    }

    public EngineState engineRunState() {
        return engine;
    }

    /**
     * The engine's internal state, e.g. {@code after batch 2: population 24, generation 1, offspring 0}, the
     * reason it is unknown, or empty before the first batch (and for engines that report nothing).
     */
    public String engineStateLine() {
        if (engineProblem != null) {
            return "engine state unavailable: " + engineProblem;
        }
        if (engine.figures().isEmpty()) {
            return "";
        }
        return "after batch " + (engineBatches - 1) + ": " + engine.text();
    }

    /** The trials the engine keeps now (its population), in the engine's order; members not stored are skipped. */
    public List<Trial> population() {
        java.util.Map<Integer, Trial> byNumber = new java.util.HashMap<>();
        trials.forEach(t -> byNumber.put(t.number(), t));
        List<Trial> out = new ArrayList<>();
        for (int n : engine.members()) {
            Trial t = byNumber.get(n);
            if (t != null) {
                out.add(t);
            }
        }
        return out;
    }

    /** One line of counts, e.g. {@code 480/480 trials, 0 failed, 17 infeasible, front 22, HV 0.9376}. */
    public String summary() {
        return String.format(Locale.ROOT, "%d/%d trials, %d failed, %d infeasible, front %d, hypervolume %.4f", done(), budget(),
                report.failed(), report.infeasible(), report.front().size(), report.hypervolume());
    }

    static String sizeText(java.math.BigInteger n) {
        return n.bitLength() < 40 ? String.format(Locale.ROOT, "%,d", n) : String.format(Locale.ROOT, "%.3g", n.doubleValue());
    }
}
