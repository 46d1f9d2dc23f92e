package org.hwnas.latency.measured;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.OptionalDouble;
import org.hwnas.arch.nb201.Nb201Cell;
import org.hwnas.latency.api.LatencyModels;
import org.hwnas.latency.spi.LatencyModel;
import org.hwnas.model.network.Network;
import org.hwnas.model.network.zoo.Nb201;
import org.junit.jupiter.api.Test;

/** Real measurements on this machine: sanity, not exact values. */
class ProfilerTest {
    static final String ALL_CONV = "|nor_conv_3x3~0|+|nor_conv_3x3~0|nor_conv_3x3~1|+|nor_conv_3x3~0|nor_conv_3x3~1|nor_conv_3x3~2|";
    static final String ALL_SKIP = "|skip_connect~0|+|skip_connect~0|skip_connect~1|+|skip_connect~0|skip_connect~1|skip_connect~2|";

    @Test
    void profilesAFifteenCellNetworkInSecondsEndToEndAndPerLayer() {
        Network net = Nb201.network(ALL_CONV);
        Profile p = Profiler.profile(net, new ProfileOptions(3, 10, true, "cpu", 1));
        assertThat(p.endToEnd().medianMs()).isPositive();
        assertThat(p.endToEnd().runs()).isEqualTo(10);
        assertThat(p.endToEnd().q3Ms()).isGreaterThanOrEqualTo(p.endToEnd().medianMs());
        assertThat(p.layers()).hasSize(net.layers().size());
        assertThat(p.layers()).allSatisfy(l -> assertThat(l.timing().medianMs()).isPositive());
        // (no bound between the layer sum and the whole: they are timed at different moments, and on a
        // loaded machine one burst moves either by 5x; LayerAdaptiveValidation compares them interleaved)
        assertThat(p.wallSeconds()).isLessThan(30);
        // the 3x3 convolutions dominate the compute, so they dominate the time
        double convMs = p.layers().stream().filter(l -> l.macs() > 0).mapToDouble(l -> l.timing().medianMs()).sum();
        assertThat(convMs).isGreaterThan(0.3 * p.layerSumMs());
    }

    @Test
    void moreMacsIsNotFaster() {
        // interleaved rounds, so a burst of load from other processes hits both networks alike
        List<Timing> t = Profiler.interleaved(List.of(Nb201.network(ALL_CONV), Nb201.network(ALL_SKIP)),
                new ProfileOptions(5, 15, false, "cpu", 1));
        // 220 M vs 16 M MACs: the convolutional cell must take clearly longer
        assertThat(t.get(0).medianMs()).isGreaterThan(1.5 * t.get(1).medianMs());
        assertThat(t).allSatisfy(x -> assertThat(x.runs()).isEqualTo(15));
    }

    @Test
    void registeredAsMeasuredAndStablePerCell() {
        LatencyModel m = LatencyModels.byId("measured");
        Nb201Cell cell = Nb201Cell.parse(ALL_SKIP);
        OptionalDouble first = m.latencyMs(cell, "cpu");
        assertThat(first).isPresent();
        assertThat(first.getAsDouble()).isPositive();
        assertThat(m.latencyMs(cell, "cpu")).isEqualTo(first);
        assertThatThrownBy(() -> m.latencyMs(cell, "tpu")).hasMessage("measured has no device 'tpu' (valid: cpu, gpu)");
    }
}
