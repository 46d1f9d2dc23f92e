package org.hwnas.cli.accuracy;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.hwnas.accuracy.api.AccuracyEstimators;
import org.hwnas.accuracy.check.AccuracyCheck;
import org.hwnas.accuracy.check.CheckResult;
import org.hwnas.accuracy.check.MetricCorrelation;
import org.hwnas.accuracy.spi.AccuracyEstimator;
import org.hwnas.accuracy.spi.AccuracyMetric;
import org.hwnas.cli.ExitCodes;
import org.hwnas.djl.DjlUnavailableException;
import org.hwnas.model.doc.DocumentWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code hwnas accuracy-check --estimator ID --sample N}: rank correlation with NB201 CIFAR-10 test accuracy. */
@Command(name = "accuracy-check", mixinStandardHelpOptions = true,
        description = {"How far an accuracy estimator can be trusted: Spearman and Kendall rank correlation of each",
                "of its metrics with NAS-Bench-201's 200-epoch CIFAR-10 test accuracy, over N random cells."})
public final class AccuracyCheckCommand implements Callable<Integer> {
    static final String SCHEMA = "hwnas.accuracy-check/1";

    @Option(names = "--estimator", required = true, paramLabel = "ID", description = "estimator id, e.g. zero-cost, short-training, nb201-table")
    String estimator;

    @Option(names = "--sample", defaultValue = "100", paramLabel = "N", description = "random NB201 cells (default: ${DEFAULT-VALUE})")
    int sample;

    @Option(names = "--seed", defaultValue = "0", paramLabel = "S", description = "sampling seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--metric", paramLabel = "M", description = "metric(s) to check, e.g. mnist/naswot@0 (default: all of the estimator's)")
    List<String> metricNames;

    @Option(names = "--json", description = "print the hwnas.accuracy-check/1 JSON form")
    boolean json;

    @Option(names = "--quiet", description = "no progress lines on stderr")
    boolean quiet;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            AccuracyEstimator e = AccuracyEstimators.byId(estimator);
            List<AccuracyMetric> metrics = metricNames == null ? e.metrics()
                    : metricNames.stream().map(AccuracyMetric::parse).toList();
            CheckResult r = AccuracyCheck.run(e, metrics, sample, seed, line -> {
                if (!quiet) {
                    err.println("accuracy-check: " + line);
                    err.flush();
                }
            });
            if (json) {
                out.print(DocumentWriter.toText(toJson(r)));
            } else {
                print(r, out);
            }
            out.flush();
            return ExitCodes.OK;
        } catch (DjlUnavailableException ex) {
            err.println("hwnas accuracy-check: " + ex.getMessage());
            return ExitCodes.INTERNAL;
        } catch (IllegalArgumentException | IllegalStateException ex) {
            err.println("hwnas accuracy-check: " + ex.getMessage());
            return ExitCodes.INVALID;
        }
    }

    static void print(CheckResult r, PrintWriter out) {
        out.printf(Locale.ROOT, "%s vs NAS-Bench-201 %s, %d random cells (seed %d), %.1f s%n%n",
                r.estimator(), r.reference(), r.sample(), r.seed(), r.seconds());
        int w = Math.max(6, r.metrics().stream().mapToInt(m -> m.metric().toString().length()).max().orElse(6));
        out.printf(Locale.ROOT, "%-" + w + "s  %8s  %8s  %5s  %7s  %8s%n", "metric", "spearman", "kendall", "n", "missing", "seconds");
        out.println("-".repeat(w) + "  --------  --------  -----  -------  --------");
        for (MetricCorrelation m : r.metrics()) {
            out.printf(Locale.ROOT, "%-" + w + "s  %8s  %8s  %5d  %7d  %8.1f%n", m.metric(), fmt(m.spearman()), fmt(m.kendall()),
                    m.n(), m.missing(), m.seconds());
        }
    }

    private static String fmt(double v) {
        return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%.3f", v);
    }

    static ObjectNode toJson(CheckResult r) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("schema", SCHEMA);
        o.put("estimator", r.estimator());
        o.put("reference", r.reference().toString());
        o.put("sample", r.sample());
        o.put("seed", r.seed());
        o.put("seconds", r.seconds());
        ArrayNode a = o.putArray("metrics");
        for (MetricCorrelation m : r.metrics()) {
            ObjectNode j = a.addObject();
            j.put("metric", m.metric().toString());
            j.put("n", m.n());
            j.put("missing", m.missing());
            putFinite(j, "spearman", m.spearman());
            putFinite(j, "kendall", m.kendall());
            j.put("seconds", m.seconds());
        }
        return o;
    }

    /** NaN is not JSON: null means "fewer than 3 values". */
    private static void putFinite(ObjectNode o, String field, double v) {
        if (Double.isFinite(v)) {
            o.put(field, v);
        } else {
            o.putNull(field);
        }
    }
}
