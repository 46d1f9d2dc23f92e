package org.hwnas.cli.search;

import java.util.List;
import java.util.concurrent.Callable;
import org.hwnas.cli.ExitCodes;
import org.hwnas.search.bench.Nb201Bench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code hwnas search-bench [--seeds N] [--devices a,b]}: issue 9's HV90 / recall / IGD table. */
@Command(name = "search-bench", mixinStandardHelpOptions = true,
        description = {"Benchmark random, REA and NSGA-II on NB201 CIFAR-10 accuracy x HW-NAS-Bench latency against the",
                "true Pareto front (all 4,930 distinct cells): HV90, Pareto recall and IGD after 100/200/500/1000 evaluations."})
public final class SearchBenchCommand implements Callable<Integer> {

    @Option(names = "--seeds", defaultValue = "10", description = "seeds per engine (default: ${DEFAULT-VALUE})")
    int seeds;

    @Option(names = "--devices", split = ",", defaultValue = "raspi4,pixel3,eyeriss,fpga",
            description = "HW-NAS-Bench devices with full data (default: ${DEFAULT-VALUE})")
    List<String> devices;

    @Override
    public Integer call() {
        if (seeds < 1 || seeds > 1000) {
            System.err.println("hwnas search-bench: --seeds must be 1..1000, got " + seeds);
            return ExitCodes.USAGE;
        }
        try {
            Nb201Bench.print(Nb201Bench.run(devices, Nb201Bench.DEFAULT_CONFIGS, seeds, new int[] {100, 200, 500, 1000}), System.out);
        } catch (IllegalArgumentException e) {
            System.err.println("hwnas search-bench: " + e.getMessage());
            return ExitCodes.INVALID;
        }
        return ExitCodes.OK;
    }
}
