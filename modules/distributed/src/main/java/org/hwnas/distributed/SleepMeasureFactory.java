package org.hwnas.distributed;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Set;
import org.hwnas.arch.Architecture;
import org.hwnas.model.doc.DocNode;
import org.hwnas.search.spi.MeasureFactory;
import org.hwnas.search.study.Measure;
import org.hwnas.search.study.MeasureContext;
import org.hwnas.search.study.MeasureException;
import org.openide.util.lookup.ServiceProvider;

/**
 * {@code "measure": "sleep"}: waits {@code ms} milliseconds and returns that number. It stands in for
 * a costly evaluation (a short training) in benchmarks of the shared store and in tests of workers;
 * {@code fail_one_in: K} makes a fixed 1-in-K share of candidates fail (chosen by the candidate's text,
 * so it is deterministic), to exercise broken evaluations.
 */
@ServiceProvider(service = MeasureFactory.class)
public final class SleepMeasureFactory implements MeasureFactory {
    public static final String ID = "sleep";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "waits \"ms\" milliseconds and returns it (stand-in for a costly evaluation; \"fail_one_in\": K fails 1 in K candidates)";
    }

    @Override
    public Set<String> fields() {
        return Set.of("ms", "fail_one_in");
    }

    @Override
    public Measure create(MeasureContext ctx) {
        DocNode spec = ctx.spec();
        double ms = spec.number("ms", 0, 0, 3_600_000);
        long failOneIn = spec.longValue("fail_one_in", 0, 0, Integer.MAX_VALUE);
        JsonNode json = spec.json().deepCopy();
        String name = ctx.name();
        return new Measure() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public String serviceId() {
                return ID;
            }

            @Override
            public JsonNode spec() {
                return json;
            }

            @Override
            public double evaluate(Architecture candidate) throws MeasureException {
                if (ms > 0) {
                    try {
                        long whole = (long) ms;
                        Thread.sleep(whole, (int) Math.round((ms - whole) * 1e6) % 1_000_000);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new MeasureException(name + ": interrupted");
                    }
                }
                if (failOneIn > 0 && Math.floorMod(candidate.text().hashCode(), failOneIn) == 0) {
                    throw new MeasureException(name + ": synthetic failure for " + candidate.text() + " (fail_one_in " + failOneIn + ")");
                }
                return ms;
            }
        };
    }
}
