package org.hwnas.cli.methods;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.hwnas.accuracy.spi.AccuracyMetric;
import org.hwnas.model.network.zoo.Nb201Op;
import org.hwnas.cli.ExitCodes;
import org.hwnas.cli.JsonOutput;
import org.hwnas.djl.DjlUnavailableException;
import org.hwnas.latency.measured.ProfileOptions;
import org.hwnas.methods.spaceprofile.SpaceProfile;
import org.hwnas.methods.spaceprofile.SpaceProfiler;
import org.hwnas.methods.spaceprofile.SpaceSelection;
import org.hwnas.methods.spaceprofile.Ssbn;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code hwnas space-profile --out TUNED.hwsearch.json}: Zeng et al.'s black-box search-space profiling on
 * this CPU (docs/methods.md): measures the single-substitution networks of each block family, selects the
 * tuned layer-specific space, writes it as a study and the layer-adaptive corrected LUT as CSV, and
 * compares searches in the tuned and the full space at equal budget.
 */
@Command(name = "space-profile", mixinStandardHelpOptions = true,
        description = {"Black-box search-space profiling (Zeng et al., ASP-DAC'20) of NAS-Bench-201 block families on this CPU:",
                "writes the tuned space as a study (nb201-layerwise space) and the layer-adaptive corrected LUT (CSV)."})
public final class SpaceProfileCommand implements Callable<Integer> {

    @Option(names = "--out", required = true, description = "the tuned study to write (*.hwsearch.json)")
    Path out;

    @Option(names = "--lut", description = "the corrected LUT to write (default: next to --out, *.lut.csv)")
    Path lut;

    @Option(names = "--families", split = ",", defaultValue = "nor_conv_3x3,nor_conv_1x1,avg_pool_3x3",
            description = "typical op of each block family (default: ${DEFAULT-VALUE})")
    List<String> families;

    @Option(names = "--cells", defaultValue = "1", description = "cells per stage of the profiled network, 1..5 (benchmark: 5; default: ${DEFAULT-VALUE})")
    int cells;

    @Option(names = "--channels", defaultValue = "16", description = "stem channels of the profiled network (default: ${DEFAULT-VALUE})")
    int channels;

    @Option(names = "--runs", defaultValue = "30", description = "timed runs per network (default: ${DEFAULT-VALUE})")
    int runs;

    @Option(names = "--warmup", defaultValue = "5", description = "untimed runs first (default: ${DEFAULT-VALUE})")
    int warmup;

    @Option(names = "--threads", defaultValue = "1", description = "PyTorch intra-op threads (default: ${DEFAULT-VALUE})")
    int threads;

    @Option(names = "--median", description = "use each network's median run instead of its fastest")
    boolean median;

    @Option(names = "--metric", defaultValue = "cifar10/test@200", description = "nb201-table metric (default: ${DEFAULT-VALUE})")
    String metric;

    @Option(names = "--threshold", defaultValue = "0.92", description = "accuracy threshold of the cost, a fraction (default: ${DEFAULT-VALUE})")
    double threshold;

    @Option(names = "--scale", defaultValue = "1.0", description = "accuracy scale of the cost (default: ${DEFAULT-VALUE})")
    double scale;

    @Option(names = "--lambda", defaultValue = "0.5", description = "latency weight of the cost, per 1/ms (default: ${DEFAULT-VALUE})")
    double lambda;

    @Option(names = "--k", defaultValue = "12", description = "SSBNs the winning family must collect (default: ${DEFAULT-VALUE})")
    int k;

    @Option(names = "--compare", defaultValue = "60", description = "trials per search in the tuned vs full comparison; 0 = skip (default: ${DEFAULT-VALUE})")
    int compare;

    @Option(names = "--seeds", defaultValue = "5", description = "seeds of that comparison (default: ${DEFAULT-VALUE})")
    int seeds;

    @Option(names = "--json", description = "print the hwnas.space-profile/1 JSON form")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter o = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String usage = usageProblem();
        if (usage != null) {
            err.println("hwnas space-profile: " + usage);
            return ExitCodes.USAGE;
        }
        try {
            List<Nb201Op> fams = new ArrayList<>();
            for (String f : families) {
                Nb201Op op = Nb201Op.ofToken(f.strip());
                if (fams.contains(op)) {
                    throw new IllegalArgumentException("--families lists " + op.token() + " twice");
                }
                fams.add(op);
            }
            SpaceProfiler.Options opts = new SpaceProfiler.Options(fams, cells, channels, AccuracyMetric.parse(metric),
                    new ProfileOptions(warmup, runs, false, "cpu", threads), !median);
            Path lutFile = lut != null ? lut : out.resolveSibling(out.getFileName().toString().replace(".hwsearch.json", ".lut.csv"));
            SpaceProfile.Report r = SpaceProfile.run(opts, new SpaceProfile.Selection(threshold, scale, lambda, k), out, lutFile, compare, seeds);
            if (json) {
                JsonOutput.print(toJson(r), o);
            } else {
                o.print(r.text());
            }
            o.flush();
            return ExitCodes.OK;
        } catch (DjlUnavailableException e) {
            err.println("hwnas space-profile: " + e.getMessage());
            return ExitCodes.INTERNAL;
        } catch (IOException e) {
            err.println("hwnas space-profile: cannot write " + out + ": " + e.getMessage());
            return ExitCodes.INVALID;
        } catch (IllegalArgumentException | IllegalStateException | UncheckedIOException e) {
            err.println("hwnas space-profile: " + e.getMessage());
            return ExitCodes.INVALID;
        }
    }

    private String usageProblem() {
        if (!out.getFileName().toString().endsWith(".hwsearch.json")) {
            return "--out must name a study file ending in .hwsearch.json, got " + out;
        }
        if (cells < 1 || cells > 5) {
            return "--cells must be 1..5, got " + cells;
        }
        if (channels < 1 || channels > 64) {
            return "--channels must be 1..64, got " + channels;
        }
        if (runs < 1 || runs > 10_000 || warmup < 0 || warmup > 10_000) {
            return "--runs must be 1..10000 and --warmup 0..10000";
        }
        if (threads < 1 || threads > 256) {
            return "--threads must be 1..256, got " + threads;
        }
        if (!(scale > 0) || !Double.isFinite(threshold) || !(lambda >= 0) || !Double.isFinite(lambda)) {
            return "--scale must be > 0, --threshold finite and --lambda >= 0";
        }
        if (k < 1 || k > 10_000) {
            return "--k must be 1..10000, got " + k;
        }
        if (compare < 0 || compare > 100_000 || seeds < 1 || seeds > 100) {
            return "--compare must be 0..100000 and --seeds 1..100";
        }
        return null;
    }

    static ObjectNode toJson(SpaceProfile.Report r) {
        ObjectNode j = JsonOutput.newOutput("hwnas.space-profile/1");
        j.put("seconds_profiling", r.measured().seconds());
        ObjectNode p = j.putObject("selection");
        p.put("threshold", r.params().threshold());
        p.put("scale", r.params().scale());
        p.put("lambda", r.params().lambda());
        p.put("k", r.params().k());
        p.put("family", r.selection().family());
        ArrayNode edges = p.putArray("edge_ops");
        r.selection().edgeOps().forEach(l -> {
            ArrayNode a = edges.addArray();
            l.forEach(op -> a.add(op.token()));
        });
        p.put("space_size", new org.hwnas.methods.spaceprofile.LayerwiseSpace(r.selection().edgeOps()).size().longValue());
        ArrayNode ssbns = j.putArray("ssbns");
        for (SpaceSelection.Ranked x : r.selection().ranked()) {
            Ssbn s = x.ssbn();
            ObjectNode n = ssbns.addObject();
            n.put("family", s.family());
            n.put("edge", s.edge());
            n.put("op", s.op().token());
            JsonOutput.putFinite(n, "accuracy", s.accuracy());
            n.put("latency_ms", s.latencyMs());
            n.put("cost", x.cost());
        }
        j.put("study", r.study().toString());
        j.put("lut", r.lutFile().toString());
        if (r.tuned() != null) {
            ObjectNode c = j.putObject("compare");
            c.put("trials", r.compareTrials());
            c.put("seeds", r.seeds());
            for (SpaceProfile.SpaceResult s : List.of(r.tuned(), r.full())) {
                ObjectNode n = c.putObject(s.space());
                n.put("size", s.size());
                n.put("best_accuracy", s.bestAcc());
                n.put("best_accuracy_latency_ms", s.bestAccLatMs());
                n.put("front_mean_latency_ms", s.frontMeanLatMs());
                n.put("hypervolume", s.hv());
            }
        }
        return j;
    }
}
