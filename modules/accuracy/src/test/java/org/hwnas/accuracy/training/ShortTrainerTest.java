package org.hwnas.accuracy.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.hwnas.accuracy.api.AccuracyEstimators;
import org.hwnas.accuracy.spi.AccuracyEstimator;
import org.hwnas.accuracy.spi.AccuracyMetric;
import org.hwnas.arch.nb201.Nb201Cell;
import org.hwnas.model.network.Network;
import org.hwnas.model.network.zoo.Nb201;
import org.junit.jupiter.api.Test;

/** Real training on the shipped digits, kept tiny (a few seconds each on 2 cores). */
class ShortTrainerTest {
    static final String ARCH = "|nor_conv_3x3~0|+|nor_conv_3x3~0|nor_conv_3x3~1|+|skip_connect~0|nor_conv_3x3~1|nor_conv_3x3~2|";

    /** 4 channels, one cell per stage, 8,000 digits in batches of 32, 500 held out. */
    static final TrainingOptions TINY = new TrainingOptions(4, 1, 1, 0, 32, 0.05, 500, 1);

    @Test
    void oneEpochOfATinyNetworkBeatsChanceByFar() {
        TrainingResult r = ShortTrainer.train(MnistNb201.network(ARCH, 4, 1), TINY);
        assertThat(r.steps()).isEqualTo(9500 / 32);
        assertThat(r.epochs()).isEqualTo(1.0);
        assertThat(r.validationAccuracy()).isGreaterThan(60); // chance is 10 %
        assertThat(r.lossCurve()).hasSizeGreaterThanOrEqualTo(10);
        double first = r.lossCurve().get(0).loss();
        double last = r.lossCurve().get(r.lossCurve().size() - 1).loss();
        assertThat(first).isGreaterThan(1.8); // about ln 10 = 2.30 at the start
        assertThat(last).isLessThan(first / 2);
        assertThat(r.wallSeconds()).isGreaterThanOrEqualTo(r.trainSeconds()).isPositive();
    }

    @Test
    void sameSeedSameRun() {
        TrainingOptions o = new TrainingOptions(2, 1, 1, 0, 128, 0.05, 5000, 7);
        Network net = MnistNb201.network(ARCH, 2, 1);
        TrainingResult a = ShortTrainer.train(net, o);
        TrainingResult b = ShortTrainer.train(net, o);
        assertThat(a.lossCurve()).isEqualTo(b.lossCurve());
        assertThat(a.validationAccuracy()).isEqualTo(b.validationAccuracy());
        TrainingResult c = ShortTrainer.train(net, o.withSeed(8));
        assertThat(c.lossCurve()).isNotEqualTo(a.lossCurve());
    }

    @Test
    void theSecondsBudgetStopsTrainingEarly() {
        TrainingResult r = ShortTrainer.train(MnistNb201.network(ARCH, 4, 1), TINY.withEpochs(5).withMaxSeconds(0.5));
        assertThat(r.epochs()).isLessThan(1);
        assertThat(r.steps()).isPositive();
        assertThat(r.trainSeconds()).isLessThan(5);
    }

    @Test
    void networksThatCannotTakeDigitsGetAReason() {
        assertThatThrownBy(() -> ShortTrainer.train(Nb201.network(ARCH), TINY))
                .hasMessage("short training feeds 28x28 MNIST digits: network 'nb201' takes 32x32 input");
        assertThatThrownBy(() -> TINY.withEpochs(0)).hasMessage("epochs must be 1..1000, got 0");
    }

    @Test
    void registeredWithEpochMetrics() {
        AccuracyEstimator e = AccuracyEstimators.byId("short-training");
        assertThat(e.metrics()).extracting(AccuracyMetric::toString).containsExactly("mnist/valid@1", "mnist/valid@3");
        assertThatThrownBy(() -> e.estimate(Nb201Cell.parse(ARCH), AccuracyMetric.parse("mnist/valid@2")))
                .hasMessage("short-training has no metric 'mnist/valid@2' (valid: mnist/valid@1, mnist/valid@3)");
    }
}
