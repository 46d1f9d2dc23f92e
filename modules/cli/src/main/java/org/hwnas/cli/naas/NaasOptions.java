package org.hwnas.cli.naas;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import org.hwnas.model.accel.Accelerator;
import org.hwnas.model.accel.io.AcceleratorDocument;
import org.hwnas.model.doc.DocumentException;
import org.hwnas.model.network.Network;
import org.hwnas.model.network.io.NetworkDocument;
import org.hwnas.naas.Bundled;
import org.hwnas.naas.NaasComparison;
import org.hwnas.naas.NaasSearch;
import org.hwnas.naas.Workload;
import picocli.CommandLine.Option;

/** Options shared by {@code hwnas naas} and {@code hwnas naas-bench}: base design, budgets, seed. */
final class NaasOptions {
    @Option(names = "--base", paramLabel = "FILE", description = "base *.hwacc.json design; its PE count and on-chip bytes are the budget (default: the bundled eyeriss-like)")
    Path base;

    @Option(names = "--hw-evals", paramLabel = "N", defaultValue = "150", description = "outer CMA-ES evaluations per search (default ${DEFAULT-VALUE})")
    int hwEvals;

    @Option(names = "--inner", paramLabel = "S", defaultValue = "mapper", description = "NAAS inner mapping search: mapper or cmaes (default ${DEFAULT-VALUE})")
    String inner;

    @Option(names = "--inner-evals", paramLabel = "N", defaultValue = "2000", description = "inner evaluations per layer shape during the searches (default ${DEFAULT-VALUE})")
    int innerEvals;

    @Option(names = "--final-evals", paramLabel = "N", defaultValue = "300000", description = "mapper evaluations per layer shape for the Eyeriss baseline and the final re-maps (default ${DEFAULT-VALUE}, at most 600 ms CPU each)")
    int finalEvals;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "random seed (default ${DEFAULT-VALUE})")
    long seed;

    /** Null when valid, else the message. */
    String check() {
        if (hwEvals < 1 || hwEvals > 100_000) {
            return "--hw-evals: must be 1..100000, got " + hwEvals;
        }
        if (innerEvals < 2 || innerEvals > 10_000_000) {
            return "--inner-evals: must be 2..10000000, got " + innerEvals;
        }
        if (finalEvals < 1 || finalEvals > 10_000_000) {
            return "--final-evals: must be 1..10000000, got " + finalEvals;
        }
        if (!inner.equals("mapper") && !inner.equals("cmaes")) {
            return "--inner: '" + inner + "' is not one of mapper, cmaes";
        }
        return null;
    }

    Accelerator base() throws DocumentException {
        return base == null ? Bundled.eyeriss() : AcceleratorDocument.read(base);
    }

    NaasComparison comparison() {
        return new NaasComparison(new NaasSearch.Options(hwEvals, 0, 0.3, seed), inner.equals("cmaes"), innerEvals, innerEvals,
                innerEvals * 5, finalEvals);
    }

    /** A bundled network name or a *.hwnet.json file. */
    static Workload workload(String net) throws DocumentException {
        Network n = Bundled.NETWORKS.contains(net.toLowerCase(Locale.ROOT)) ? Bundled.network(net) : readFile(net);
        return Workload.of(n);
    }

    private static Network readFile(String net) throws DocumentException {
        if (!net.endsWith(".json")) {
            Bundled.network(net); // throws the "unknown bundled network" message
        }
        return NetworkDocument.read(Path.of(net));
    }

    /** Progress lines: one per stage, and one every {@code every} outer evaluations. */
    static NaasComparison.Stages progress(PrintWriter out, boolean quiet, int every) {
        long start = System.nanoTime();
        return new NaasComparison.Stages() {
            @Override
            public void stage(String network, String stage) {
                if (!quiet) {
                    out.printf(Locale.ROOT, "[%6.1fs] %s: %s%n", (System.nanoTime() - start) / 1e9, network, stage);
                    out.flush();
                }
            }

            @Override
            public NaasSearch.Progress progress(String network, String stage) {
                return (i, d, edp, best) -> {
                    if (!quiet && (i % every == 0)) {
                        out.printf(Locale.ROOT, "[%6.1fs] %s %s %d: %s EDP %s, best %s%n", (System.nanoTime() - start) / 1e9, network,
                                stage, i, d.summary(), edp >= 1e29 ? "no fit" : String.format(Locale.ROOT, "%.4g", edp),
                                best == null ? "-" : String.format(Locale.ROOT, "%.4g", best.edp()));
                        out.flush();
                    }
                };
            }
        };
    }
}
