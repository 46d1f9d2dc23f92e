package org.hwnas.cli.methods;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.hwnas.cli.ExitCodes;
import org.hwnas.cli.JsonOutput;
import org.hwnas.djl.DjlUnavailableException;
import org.hwnas.methods.bench.FnasBench;
import org.hwnas.methods.bench.HsconasBench;
import org.hwnas.methods.bench.SpaceProfileBench;
import org.hwnas.methods.spaceprofile.SpaceProfile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code hwnas methods-bench}: the figures issue 6 asks of FNAS, HSCoNAS and space profiling (docs/methods.md). */
@Command(name = "methods-bench", mixinStandardHelpOptions = true,
        description = {"Figures of the seed-method engines: FNAS (spec met, evaluations pruned, accuracy gap to an unconstrained",
                "search), HSCoNAS (space size per round, budget use, vs REA) and black-box space profiling (tuned vs full space)."})
public final class MethodsBenchCommand implements Callable<Integer> {
    enum Method { fnas, hsconas, space_profile, all }

    @Option(names = "--only", defaultValue = "all", description = "fnas, hsconas, space_profile or all (default: ${DEFAULT-VALUE})")
    Method only;

    @Option(names = "--seed", defaultValue = "1", description = "seed of the FNAS and HSCoNAS runs (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--fnas-spec", defaultValue = "1.5", description = "FNAS latency spec, ms on the FPGA tile model (default: ${DEFAULT-VALUE})")
    double fnasSpec;

    @Option(names = "--fnas-trials", defaultValue = "200", description = "evaluations per FNAS run (default: ${DEFAULT-VALUE})")
    int fnasTrials;

    @Option(names = "--hsconas-budget", defaultValue = "9", description = "HSCoNAS latency budget, ms (default: ${DEFAULT-VALUE})")
    double budget;

    @Option(names = "--hsconas-trials", defaultValue = "240", description = "evaluations per HSCoNAS / REA run (default: ${DEFAULT-VALUE})")
    int hsconasTrials;

    @Option(names = "--lambdas", split = ",", defaultValue = "0.5,0.02", description = "space-profile latency weights (default: ${DEFAULT-VALUE})")
    double[] lambdas;

    @Option(names = "--compare", defaultValue = "60", description = "trials per search in the tuned vs full comparison (default: ${DEFAULT-VALUE})")
    int compare;

    @Option(names = "--json", description = "print the hwnas.methods-bench/1 JSON form")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!(fnasSpec > 0) || !(budget > 0) || fnasTrials < 1 || fnasTrials > 100_000 || hsconasTrials < 1 || hsconasTrials > 100_000
                || compare < 1 || compare > 100_000 || lambdas.length == 0) {
            err.println("hwnas methods-bench: --fnas-spec and --hsconas-budget must be > 0, trial counts 1..100000, at least one lambda");
            return ExitCodes.USAGE;
        }
        for (double l : lambdas) {
            if (!(l >= 0) || !Double.isFinite(l)) {
                err.println("hwnas methods-bench: --lambdas must be >= 0, got " + l);
                return ExitCodes.USAGE;
            }
        }
        ObjectNode j = JsonOutput.newOutput("hwnas.methods-bench/1");
        try {
            if (only == Method.fnas || only == Method.all) {
                FnasBench.Result f = FnasBench.run(fnasSpec, fnasTrials, seed);
                print(out, f.text());
                ObjectNode n = j.putObject("fnas");
                n.put("spec_ms", f.specMs());
                n.put("evaluated", f.evaluated());
                n.put("pruned", f.pruned());
                n.put("sampled", f.sampled());
                n.put("share_meeting_spec", f.shareMeeting());
                n.put("top10_share_meeting_spec", f.topShare());
                n.put("best_accuracy", f.bestAcc());
                n.put("best_latency_ms", f.bestLatMs());
                n.put("unconstrained_best_accuracy", f.freeBestAcc());
                n.put("unconstrained_best_latency_ms", f.freeBestLatMs());
                n.put("unconstrained_top10_max_overshoot", f.freeOvershootMax());
                n.put("unconstrained_share_over_spec", f.freeShareOver());
                n.put("accuracy_gap", f.accuracyGap());
                status(n.putObject("status"), f.status());
            }
            if (only == Method.hsconas || only == Method.all) {
                HsconasBench.Result h = HsconasBench.run(budget, hsconasTrials, seed, 24);
                print(out, h.text());
                ObjectNode n = j.putObject("hsconas");
                n.put("budget_ms", h.budgetMs());
                ArrayNode sizes = n.putArray("space_size_per_round");
                h.sizes().forEach(s -> sizes.add(s.doubleValue()));
                for (HsconasBench.Side s : List.of(h.hsconas(), h.rea())) {
                    ObjectNode e = n.putObject(s.engine());
                    e.put("trials", s.trials());
                    JsonOutput.putFinite(e, "best_macs_m", s.bestMacsM());
                    JsonOutput.putFinite(e, "best_latency_ms", s.bestLatMs());
                    e.put("feasible_share", s.feasibleShare());
                    e.put("hypervolume", s.hv());
                    e.put("budget_use_mean", s.meanUse());
                    e.put("budget_use_min", s.minUse());
                    e.put("budget_use_max", s.maxUse());
                }
            }
            if (only == Method.space_profile || only == Method.all) {
                ArrayNode a = j.putArray("space_profile");
                for (SpaceProfile.Report r : SpaceProfileBench.run(lambdas, compare, 5)) {
                    print(out, r.text());
                    a.add(SpaceProfileCommand.toJson(r));
                }
            }
        } catch (DjlUnavailableException e) {
            err.println("hwnas methods-bench: " + e.getMessage());
            return ExitCodes.INTERNAL;
        } catch (IllegalArgumentException | IllegalStateException | UncheckedIOException e) {
            err.println("hwnas methods-bench: " + e.getMessage());
            return ExitCodes.INVALID;
        }
        if (json) {
            JsonOutput.print(j, out);
        }
        out.flush();
        return ExitCodes.OK;
    }

    private void print(PrintWriter out, String text) {
        if (!json) {
            out.print(text);
            out.println();
            out.flush();
        }
    }

    private static void status(ObjectNode n, Map<String, Double> status) {
        status.forEach((k, v) -> JsonOutput.putFinite(n, k, v));
    }
}
