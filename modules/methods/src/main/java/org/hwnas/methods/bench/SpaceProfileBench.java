package org.hwnas.methods.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hwnas.latency.measured.ProfileOptions;
import org.hwnas.methods.spaceprofile.SpaceProfile;
import org.hwnas.methods.spaceprofile.SpaceProfiler;

/**
 * Space-profiling figures: one profile of the default families on this CPU (1 cell per stage, 30 runs,
 * fastest run), then the tuned space for each latency weight lambda and the tuned-vs-full comparison.
 */
public final class SpaceProfileBench {
    private SpaceProfileBench() {
    }

    public static List<SpaceProfile.Report> run(double[] lambdas, int compareTrials, int seeds) {
        SpaceProfiler.Options o = new SpaceProfiler.Options(SpaceProfiler.DEFAULT_FAMILIES, 1, 16, SpaceProfiler.DEFAULT_METRIC,
                new ProfileOptions(5, 30, false, "cpu", 1), true);
        SpaceProfiler.Measurements m = SpaceProfiler.measure(o);
        List<SpaceProfile.Report> out = new ArrayList<>();
        try {
            Path dir = Files.createTempDirectory("hwnas-space-profile");
            dir.toFile().deleteOnExit();
            for (double l : lambdas) {
                SpaceProfile.Selection sel = new SpaceProfile.Selection(0.92, 1.0, l, 12);
                String name = "tuned-lambda" + l;
                Path study = dir.resolve(name + ".hwsearch.json");
                Path lut = dir.resolve(name + ".lut.csv");
                out.add(SpaceProfile.tune(m, o, sel, study, lut, compareTrials, seeds));
                study.toFile().deleteOnExit();
                lut.toFile().deleteOnExit();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the bench's temporary files: " + e.getMessage(), e);
        }
        return out;
    }
}
