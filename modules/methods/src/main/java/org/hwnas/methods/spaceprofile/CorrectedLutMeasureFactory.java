package org.hwnas.methods.spaceprofile;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import org.hwnas.arch.Architecture;
import org.hwnas.arch.JointArchitecture;
import org.hwnas.arch.nb201.Nb201Cell;
import org.hwnas.search.spi.MeasureFactory;
import org.hwnas.search.study.Measure;
import org.hwnas.search.study.MeasureContext;
import org.hwnas.search.study.MeasureException;
import org.openide.util.lookup.ServiceProvider;

/**
 * {@code {"measure": "corrected-lut", "lut": "tuned.lut.csv"}}: NB201 cell latency (ms) from a corrected LUT
 * written by {@code hwnas space-profile} (file relative to the study), so a tuned study is searched on
 * exactly the latencies it was selected with.
 */
@ServiceProvider(service = MeasureFactory.class)
public final class CorrectedLutMeasureFactory implements MeasureFactory {
    public static final String ID = "corrected-lut";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "latency of an NB201 cell from a layer-adaptive corrected LUT written by hwnas space-profile (\"lut\": CSV file), ms";
    }

    @Override
    public Set<String> fields() {
        return Set.of("lut");
    }

    @Override
    public Measure create(MeasureContext ctx) {
        String name = ctx.spec().string("lut");
        if (name.isEmpty()) {
            return null; // missing field already recorded
        }
        if (JointArchitecture.find(ctx.example(), Nb201Cell.class).isEmpty()) {
            ctx.spec().get("measure").error(ID + " needs NB201 cells; '" + ctx.space().family() + "' candidates have none");
            return null;
        }
        Path base = Path.of(ctx.spec().document().file()).toAbsolutePath().getParent();
        Path file = base == null ? Path.of(name) : base.resolve(name).normalize();
        try {
            return new LutMeasure(ctx.name(), ctx.spec().json(), CorrectedLut.read(file));
        } catch (IOException e) {
            ctx.spec().get("lut").error("cannot read " + name + ": " + e.getMessage());
        } catch (IllegalArgumentException e) {
            ctx.spec().get("lut").error("cannot use " + name + ": " + e.getMessage());
        }
        return null;
    }

    record LutMeasure(String name, JsonNode spec, CorrectedLut lut) implements Measure {
        @Override
        public String serviceId() {
            return ID;
        }

        @Override
        public double evaluate(Architecture candidate) throws MeasureException {
            Nb201Cell c = JointArchitecture.find(candidate, Nb201Cell.class)
                    .orElseThrow(() -> new MeasureException(name + ": " + candidate.text() + " has no NB201 cell"));
            return lut.estimateMs(c);
        }
    }
}
