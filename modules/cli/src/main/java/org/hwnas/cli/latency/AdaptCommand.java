package org.hwnas.cli.latency;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.hwnas.arch.DataFileException;
import org.hwnas.latency.check.CheckReport;
import org.hwnas.latency.check.LatencyCheck;
import org.hwnas.latency.data.LatencyCsv;
import org.hwnas.latency.data.LatencyDataset;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code hwnas adapt}: OneProxy's proxy adaptation on a latency table, judged on the cells not sampled. */
@Command(name = "adapt", mixinStandardHelpOptions = true,
        description = {"Adapt a proxy device's linear latency model to a target device with N measured target",
                "cells (AdaProxy, docs/latency.md) and print raw, proxy-model, target-only and adapted SRCC",
                "and MAPE on every other connected cell. DATA.csv defaults to the shipped HELP/HW-NAS-Bench table."})
public final class AdaptCommand implements Callable<Integer> {

    @Parameters(arity = "0..1", paramLabel = "DATA.csv", description = "arch_str + one *_ms column per device")
    Path data;

    @Option(names = "--proxy", required = true, paramLabel = "DEV", description = "the proxy device (measured on every cell)")
    String proxy;

    @Option(names = "--target", required = true, paramLabel = "DEV", description = "the target device")
    String target;

    @Option(names = "--samples", required = true, paramLabel = "N", description = "target samples (OneProxy: 70 = 60 fit + 10 validation)")
    int samples;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "draws the samples (default ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--json", description = "print JSON (schema hwnas.adapt/1, docs/latency.md)")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try {
            LatencyDataset table = data == null ? LatencyDataset.builtIn() : LatencyCsv.read(data);
            CheckReport r = LatencyCheck.run(table, "proxy-adapted", target, proxy, samples, seed);
            if (json) {
                CheckReportOutput.json("hwnas.adapt/1", r, out);
            } else {
                CheckReportOutput.text(r, out);
            }
            out.flush();
            return 0;
        } catch (IllegalArgumentException | DataFileException e) {
            spec.commandLine().getErr().println("hwnas adapt: " + e.getMessage());
            return 1;
        }
    }
}
