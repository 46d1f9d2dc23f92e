package org.hwnas.accuracy.nb201;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.hwnas.accuracy.spi.AccuracyMetric;
import org.hwnas.arch.nb201.Nb201Table;

/**
 * Where each NB201 accuracy metric lives in the shipped tables (see data/README.md), and the tables
 * themselves, each read once on first use.
 */
final class Nb201Tables {
    static final String HP200_TEST = "nb201_acc_hp200_test.csv";
    static final String HP200_CTPE = "nb201_acc_hp200_ctpe.csv";
    static final String HP12 = "nb201_acc_hp12_minibench.csv";

    /** A column of a table file. */
    record Source(String file, String column) {
    }

    static final Map<AccuracyMetric, Source> SOURCES = sources();

    private final Map<String, Nb201Table> loaded = new ConcurrentHashMap<>();

    private static Map<AccuracyMetric, Source> sources() {
        Map<AccuracyMetric, Source> m = new LinkedHashMap<>();
        m.put(new AccuracyMetric("cifar10", "test", 200), new Source(HP200_TEST, "cifar10_test_acc"));
        m.put(new AccuracyMetric("cifar10", "valid", 200), new Source(HP200_CTPE, "hp200_cifar10valid_valid_acc_mean"));
        m.put(new AccuracyMetric("cifar10", "test", 12), new Source(HP12, "hp12_cifar10_ori_test_acc"));
        m.put(new AccuracyMetric("cifar10", "valid", 12), new Source(HP12, "hp12_cifar10valid_x_valid_acc"));
        for (String ds : List.of("cifar100", "imagenet16-120")) {
            String col = ds.replace('-', '_');
            m.put(new AccuracyMetric(ds, "test", 200), new Source(HP200_TEST, col + "_test_acc"));
            m.put(new AccuracyMetric(ds, "valtest", 200), new Source(HP200_CTPE, "hp200_" + col + "_valtest_acc_mean"));
            m.put(new AccuracyMetric(ds, "test", 12), new Source(HP12, "hp12_" + col + "_x_test_acc"));
            m.put(new AccuracyMetric(ds, "valid", 12), new Source(HP12, "hp12_" + col + "_x_valid_acc"));
        }
        return Collections.unmodifiableMap(m); // keeps insertion order: the first metric is the default
    }

    /** The table file, read from the classpath on first use (thread-safe, read once). */
    Nb201Table table(String file) {
        return loaded.computeIfAbsent(file, f -> Nb201Table.resource(Nb201Tables.class, f));
    }
}
