package org.hwnas.accuracy.spi;

import java.util.Locale;

/**
 * What an accuracy number means: dataset, split and training budget, e.g. {@code cifar10/test@200}.
 *
 * @param dataset e.g. {@code cifar10}, {@code cifar100}, {@code imagenet16-120}
 * @param split   {@code test}, {@code valid}, {@code valtest} (valid+test), or a proxy name for
 *                training-free estimators
 * @param epochs  training epochs behind the number (0 for training-free proxies)
 */
public record AccuracyMetric(String dataset, String split, int epochs) {

    public AccuracyMetric {
        dataset = dataset.toLowerCase(Locale.ROOT);
        split = split.toLowerCase(Locale.ROOT);
        if (epochs < 0) {
            throw new IllegalArgumentException("epochs must be >= 0, got " + epochs);
        }
    }

    /** Reads {@code dataset/split@epochs}. */
    public static AccuracyMetric parse(String text) {
        int slash = text.indexOf('/');
        int at = text.lastIndexOf('@');
        if (slash <= 0 || at < slash + 2 || at == text.length() - 1) {
            throw new IllegalArgumentException("metric '" + text + "' must read dataset/split@epochs, e.g. cifar10/test@200");
        }
        try {
            return new AccuracyMetric(text.substring(0, slash), text.substring(slash + 1, at), Integer.parseInt(text.substring(at + 1)));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("metric '" + text + "': epochs must be an integer");
        }
    }

    @Override
    public String toString() {
        return dataset + "/" + split + "@" + epochs;
    }
}
