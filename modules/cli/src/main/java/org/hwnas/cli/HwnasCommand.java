package org.hwnas.cli;

import picocli.CommandLine.Command;

/** The {@code hwnas} command; each job is a subcommand. */
@Command(name = "hwnas",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "HW-NAS Workbench: hardware-aware NAS and accelerator co-design from the command line.",
        subcommands = {
            ValidateCommand.class,
            InfoCommand.class,
            org.hwnas.cli.accuracy.AccuracyCheckCommand.class,
            org.hwnas.cli.latency.ProfileCommand.class,
            org.hwnas.cli.search.SearchCommand.class, org.hwnas.cli.search.ReportCommand.class, org.hwnas.cli.search.SearchBenchCommand.class,
            org.hwnas.cli.latency.PredictCommand.class, org.hwnas.cli.latency.LatencyCheckCommand.class, org.hwnas.cli.latency.LutBuildCommand.class,
            org.hwnas.cli.latency.MonotonicityCommand.class, org.hwnas.cli.latency.AdaptCommand.class,
            org.hwnas.cli.cost.EvalCommand.class,
            org.hwnas.cli.cost.MapCommand.class,
            org.hwnas.cli.cost.BenchCostCommand.class,
            org.hwnas.cli.methods.SpaceProfileCommand.class, org.hwnas.cli.methods.MethodsBenchCommand.class,
            org.hwnas.cli.cost.BenchCommand.class,
            org.hwnas.cli.naas.NaasCommand.class, org.hwnas.cli.naas.NaasBenchCommand.class,
            org.hwnas.cli.study.StudyCommand.class, org.hwnas.cli.study.WorkerCommand.class,
        })
public final class HwnasCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
