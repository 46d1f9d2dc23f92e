package org.hwnas.cli.latency;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.hwnas.arch.nb201.Nb201Cell;
import org.hwnas.latency.lut.LatencyLut;
import org.hwnas.latency.lut.LutCsv;
import org.hwnas.latency.lut.ProfiledLut;
import org.hwnas.latency.measured.Profile;
import org.hwnas.latency.measured.ProfileOptions;
import org.hwnas.latency.measured.Profiler;
import org.hwnas.model.doc.DocumentException;
import org.hwnas.model.network.Network;
import org.hwnas.model.network.io.NetworkDocument;
import org.hwnas.model.network.zoo.Nb201;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code hwnas lut-build}: profiles networks layer by layer on this machine and writes a LUT file. */
@Command(name = "lut-build", mixinStandardHelpOptions = true,
        description = {"Profile networks layer by layer on this machine (DJL, CPU or GPU) and write the per-layer",
                "lookup table (docs/latency.md) that 'hwnas predict --model lut --lut FILE' sums.",
                "Without --arch/--net it profiles the five uniform NB201 cells, which cover every NB201 network."})
public final class LutBuildCommand implements Callable<Integer> {

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "the LUT file to write (replaced atomically)")
    Path out;

    @Option(names = "--arch", paramLabel = "STR", description = "NB201 arch string to profile (repeatable)")
    List<String> archs = new ArrayList<>();

    @Option(names = "--net", paramLabel = "FILE", description = "network document to profile (repeatable)")
    List<Path> nets = new ArrayList<>();

    @Option(names = "--device", paramLabel = "cpu|gpu", defaultValue = "cpu", description = "where to run (default ${DEFAULT-VALUE})")
    String device;

    @Option(names = "--name", paramLabel = "NAME", description = "the device name written in the table (default: --device)")
    String name;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "30", description = "timed runs per layer (default ${DEFAULT-VALUE})")
    int runs;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        try {
            List<Network> networks = new ArrayList<>();
            for (String a : archs) {
                networks.add(Nb201.network(Nb201Cell.parse(a).text()));
            }
            for (Path p : nets) {
                networks.add(NetworkDocument.read(p));
            }
            if (networks.isEmpty()) {
                ProfiledLut.nb201Cover().forEach(c -> networks.add(Nb201.network(c.text())));
            }
            ProfileOptions options = ProfileOptions.defaults().withPerLayer(true).withRuns(runs).withDevice(device);
            List<Profile> profiles = new ArrayList<>();
            for (Network n : networks) {
                Profile p = Profiler.profile(n, options);
                err.printf(java.util.Locale.ROOT, "profiled %s: %.3f ms end to end, %d layers%n", n.name(), p.endToEnd().medianMs(), p.layers().size());
                profiles.add(p);
            }
            LatencyLut lut = ProfiledLut.of(name == null ? device : name, networks, profiles);
            Path tmp = Files.createTempFile(out.toAbsolutePath().getParent(), ".lut", ".tmp");
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                w.write("# hwnas lut-build: " + profiles.get(0).engine() + ", " + runs + " runs per layer\n");
                LutCsv.write(lut, w);
            }
            Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            spec.commandLine().getOut().println("wrote " + lut.entries(lut.devices().get(0)).size() + " entries to " + out);
            return 0;
        } catch (IllegalArgumentException e) {
            err.println("hwnas lut-build: " + e.getMessage());
            return 1;
        } catch (DocumentException e) {
            e.problems().forEach(err::println);
            return 1;
        } catch (IOException e) {
            err.println("hwnas lut-build: cannot write " + out + ": " + e.getMessage());
            return 1;
        }
    }
}
