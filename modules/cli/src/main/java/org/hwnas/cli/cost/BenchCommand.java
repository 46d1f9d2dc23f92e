package org.hwnas.cli.cost;

import picocli.CommandLine.Command;

/**
 * {@code hwnas bench}: benchmarks as subcommands ({@code hwnas bench cost}); the hyphenated spellings
 * ({@code bench-cost}, ...) stay as they were.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, subcommands = BenchCommand.Cost.class,
        description = "Benchmarks: 'hwnas bench cost' (mapping evaluations per second and mapper times).")
public final class BenchCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "name a benchmark: cost");
    }

    /** {@code hwnas bench cost}: the same command as {@code hwnas bench-cost}. */
    @Command(name = "cost", mixinStandardHelpOptions = true,
            description = {"Benchmark the loopnest cost model (mapping evaluations per second, one core and all cores)",
                    "and the mapper (time per compute layer of one example network, then the whole network in parallel)."})
    public static final class Cost extends BenchCostCommand {
    }
}
