package org.hwnas.search.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.hwnas.arch.Architecture;
import org.hwnas.arch.nb201.Nb201Cell;
import org.hwnas.search.api.EngineOptions;
import org.hwnas.search.api.Fitness;
import org.hwnas.search.api.Goal;
import org.hwnas.search.api.Objective;
import org.hwnas.search.api.SearchContext;
import org.hwnas.search.api.SearchEngines;
import org.hwnas.search.api.Trial;
import org.hwnas.search.api.TrialStatus;
import org.hwnas.search.spi.EngineRun;
import org.hwnas.search.spi.SearchEngine;
import org.hwnas.search.space.Nb201Space;

/**
 * Issue 9's benchmark: NB201 CIFAR-10 accuracy x HW-NAS-Bench latency on each full device; for each
 * engine and seed, one run of the largest budget, measured at every checkpoint (the first N trials).
 * Random and REA ask one candidate at a time, NSGA-II one generation at a time.
 */
public final class Nb201Bench {
    /** One engine configuration under test. */
    public record Config(String engine, Map<String, Double> options, int batch) {
    }

    /** mean and standard deviation of a metric at one checkpoint. */
    public record Stat(double mean, double std) {
        static Stat of(double[] v) {
            double m = 0;
            for (double x : v) {
                m += x;
            }
            m /= v.length;
            double s = 0;
            for (double x : v) {
                s += (x - m) * (x - m);
            }
            return new Stat(m, v.length > 1 ? Math.sqrt(s / (v.length - 1)) : 0);
        }
    }

    /** One row of the result table. */
    public record Row(String device, String engine, int evaluations, Stat hv90, Stat recall, Stat igd, int trueFront,
                      double engineMsPerTrial) {
    }

    public static final List<Config> DEFAULT_CONFIGS = List.of(
            new Config("random", Map.of(), 1),
            new Config("rea", Map.of("population", 20.0, "sample", 5.0), 1),
            new Config("nsga2", Map.of("population", 20.0, "crossover", 0.9, "mutation", 0.2), 20));

    private Nb201Bench() {
    }

    public static List<Row> run(List<String> devices, List<Config> configs, int seeds, int[] checkpoints) {
        int budget = checkpoints[checkpoints.length - 1];
        List<Row> rows = new ArrayList<>();
        Nb201Space space = Nb201Space.full();
        for (String device : devices) {
            Nb201Landscape land = new Nb201Landscape(device);
            FrontQuality q = new FrontQuality(land);
            for (Config cfg : configs) {
                double[][][] m = new double[3][checkpoints.length][seeds];
                long engineNanos = 0;
                for (int seed = 0; seed < seeds; seed++) {
                    long[] nanos = new long[1];
                    List<Integer> evaluated = drive(space, land, cfg, seed, budget, nanos);
                    engineNanos += nanos[0];
                    for (int c = 0; c < checkpoints.length; c++) {
                        List<Integer> prefix = evaluated.subList(0, Math.min(checkpoints[c], evaluated.size()));
                        m[0][c][seed] = q.hv90Ratio(prefix);
                        m[1][c][seed] = q.recall(prefix);
                        m[2][c][seed] = q.igd(prefix);
                    }
                }
                double msPerTrial = engineNanos / 1e6 / ((double) seeds * budget);
                for (int c = 0; c < checkpoints.length; c++) {
                    rows.add(new Row(device, cfg.engine(), checkpoints[c], Stat.of(m[0][c]), Stat.of(m[1][c]), Stat.of(m[2][c]),
                            land.front.size(), msPerTrial));
                }
            }
        }
        return rows;
    }

    /** One engine run; returns the candidates' codes in evaluation order; nanos[0] gets the engine time. */
    private static List<Integer> drive(Nb201Space space, Nb201Landscape land, Config cfg, long seed, int budget, long[] nanos) {
        SearchEngine engine = SearchEngines.byId(cfg.engine());
        Map<String, Double> opts = new TreeMap<>(EngineOptions.defaults(engine.options()).values());
        opts.putAll(cfg.options());
        List<Objective> objectives = List.of(new Objective("accuracy", Goal.MAXIMIZE), new Objective("latency", Goal.MINIMIZE));
        EngineRun run = engine.start(new SearchContext(space, objectives, new EngineOptions(opts), seed));
        List<Integer> out = new ArrayList<>(budget);
        int batchNo = 0;
        while (out.size() < budget) {
            long t0 = System.nanoTime();
            List<Architecture> asked = run.ask(Math.min(cfg.batch(), budget - out.size()));
            nanos[0] += System.nanoTime() - t0;
            if (asked.isEmpty()) {
                break;
            }
            List<Trial> told = new ArrayList<>(asked.size());
            for (Architecture a : asked) {
                int code = ((Nb201Cell) a).code();
                double acc = land.accuracy[code];
                double lat = land.latency[code];
                told.add(new Trial(out.size() + told.size(), batchNo, asked.size(), a, TrialStatus.OK,
                        Map.of("accuracy", acc, "latency", lat), new Fitness(new double[] {-acc, lat}, 0), null, 0, 0));
                out.add(code);
            }
            t0 = System.nanoTime();
            run.tell(told);
            nanos[0] += System.nanoTime() - t0;
            batchNo++;
        }
        return out;
    }

    public static void print(List<Row> rows, PrintStream out) {
        out.println("device   engine  evals  HV90 (mean ± std)  Pareto recall      IGD                true front  engine ms/trial");
        for (Row r : rows) {
            out.printf("%-8s %-7s %5d  %.3f ± %.3f      %5.1f %% ± %4.1f %%  %.4f ± %.4f    %3d         %.4f%n",
                    r.device(), r.engine(), r.evaluations(), r.hv90().mean(), r.hv90().std(), 100 * r.recall().mean(),
                    100 * r.recall().std(), r.igd().mean(), r.igd().std(), r.trueFront(), r.engineMsPerTrial());
        }
    }

    /** {@code java -cp ... org.hwnas.search.bench.Nb201Bench [seeds]}. */
    public static void main(String[] args) {
        int seeds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        long t0 = System.currentTimeMillis();
        List<Row> rows = run(List.of("raspi4", "pixel3", "eyeriss", "fpga"), DEFAULT_CONFIGS, seeds, new int[] {100, 200, 500, 1000});
        print(rows, System.out);
        System.out.printf("(%d seeds, %.1f s)%n", seeds, (System.currentTimeMillis() - t0) / 1000.0);
    }
}
