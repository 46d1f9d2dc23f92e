package org.hwnas.accuracy.nb201;

import java.util.List;
import java.util.OptionalDouble;
import java.util.stream.Collectors;
import org.hwnas.accuracy.spi.AccuracyEstimator;
import org.hwnas.accuracy.spi.AccuracyMetric;
import org.hwnas.arch.Architecture;
import org.hwnas.arch.UnsupportedArchitectureException;
import org.hwnas.arch.nb201.Nb201Cell;
import org.openide.util.lookup.ServiceProvider;

/**
 * {@code nb201-table}: exact NAS-Bench-201 accuracies from the published tables. Isomorphic cells
 * resolve to one entry, that of their class representative ({@link Nb201Cell#canonical()}; see
 * {@link org.hwnas.arch.nb201.Nb201Table#classValue}), so a search sees one value per function.
 */
@ServiceProvider(service = AccuracyEstimator.class)
public final class Nb201TableEstimator implements AccuracyEstimator {
    public static final String ID = "nb201-table";
    private final Nb201Tables tables = new Nb201Tables();

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "NAS-Bench-201 published accuracies (CIFAR-10/100, ImageNet16-120; 12 and 200 epochs)";
    }

    @Override
    public List<AccuracyMetric> metrics() {
        return List.copyOf(Nb201Tables.SOURCES.keySet());
    }

    @Override
    public List<String> families() {
        return List.of(Nb201Cell.FAMILY);
    }

    @Override
    public OptionalDouble estimate(Architecture arch, AccuracyMetric metric) {
        if (!(arch instanceof Nb201Cell cell)) {
            throw new UnsupportedArchitectureException(ID, arch, Nb201Cell.FAMILY);
        }
        double v = tables.table(source(metric).file()).classValue(source(metric).column(), cell);
        return Double.isNaN(v) ? OptionalDouble.empty() : OptionalDouble.of(v);
    }

    /** The table's value for exactly this cell (no canonicalisation); NaN when absent. */
    public double exact(Nb201Cell cell, AccuracyMetric metric) {
        return tables.table(source(metric).file()).value(source(metric).column(), cell);
    }

    private Nb201Tables.Source source(AccuracyMetric metric) {
        Nb201Tables.Source src = Nb201Tables.SOURCES.get(metric);
        if (src == null) {
            throw new IllegalArgumentException(ID + " has no metric '" + metric + "' (valid: "
                    + metrics().stream().map(AccuracyMetric::toString).collect(Collectors.joining(", ")) + ")");
        }
        return src;
    }
}
