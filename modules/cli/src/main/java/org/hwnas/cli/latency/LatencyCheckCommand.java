package org.hwnas.cli.latency;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.hwnas.arch.DataFileException;
import org.hwnas.latency.check.CheckReport;
import org.hwnas.latency.check.LatencyCheck;
import org.hwnas.latency.data.LatencyDataset;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code hwnas latency-check}: a fitted latency model's error on held-out HELP/HW-NAS-Bench measurements. */
@Command(name = "latency-check", mixinStandardHelpOptions = true,
        description = {"Fit a latency model on some measured NB201 cells of a device and print MAPE, RMSE,",
                "Pearson, SRCC and Kendall tau on all the other connected cells, next to its baselines.",
                "lut: --proxy P builds the table from device P and fits a*sum+b on --samples N cells of D.",
                "learned: --samples N trains on N cells instead of 1,000.",
                "proxy-adapted: --proxy P (default pixel3), --samples N target samples (default 70)."})
public final class LatencyCheckCommand implements Callable<Integer> {

    @Option(names = "--model", required = true, paramLabel = "ID", description = "lut, learned or proxy-adapted")
    String model;

    @Option(names = "--device", required = true, paramLabel = "D", description = "the device judged on, e.g. eyeriss")
    String device;

    @Option(names = "--proxy", paramLabel = "P", description = "proxy device (lut: table source; proxy-adapted: the proxy)")
    String proxy;

    @Option(names = "--samples", paramLabel = "N", description = "measured cells of D the model may use (see above)")
    Integer samples;

    @Option(names = "--data", paramLabel = "FILE", description = "judge on this measured CSV (arch_str + one *_ms column per device) instead of the shipped tables")
    java.nio.file.Path data;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "draws the samples (default ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--json", description = "print JSON (schema hwnas.latency-check/1, docs/latency.md)")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try {
            if (samples != null && samples < 1) {
                throw new IllegalArgumentException("--samples must be >= 1, got " + samples);
            }
            LatencyDataset table = data == null ? LatencyDataset.builtIn() : org.hwnas.latency.data.LatencyCsv.read(data);
            CheckReport r = LatencyCheck.run(table, model, device, proxy, samples, seed);
            if (json) {
                CheckReportOutput.json("hwnas.latency-check/1", r, out);
            } else {
                CheckReportOutput.text(r, out);
            }
            out.flush();
            return 0;
        } catch (IllegalArgumentException | DataFileException e) {
            spec.commandLine().getErr().println("hwnas latency-check: " + e.getMessage());
            return 1;
        }
    }
}
