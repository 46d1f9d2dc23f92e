package org.hwnas.latency.lut;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.hwnas.arch.nb201.Nb201Cell;
import org.hwnas.latency.measured.Profile;
import org.hwnas.latency.measured.ProfileOptions;
import org.hwnas.latency.measured.Profiler;
import org.hwnas.model.network.Network;
import org.hwnas.model.network.zoo.Nb201;
import org.junit.jupiter.api.Test;

/** A LUT from real per-layer profiles on this machine's CPU (DJL): two networks, a few runs each. */
class ProfiledLutTest {
    static final String CONV = "|nor_conv_3x3~0|+|nor_conv_3x3~0|nor_conv_3x3~1|+|nor_conv_3x3~0|nor_conv_3x3~1|nor_conv_3x3~2|";
    static final String SKIP = "|skip_connect~0|+|skip_connect~0|skip_connect~1|+|skip_connect~0|skip_connect~1|skip_connect~2|";
    static final String MIXED = "|nor_conv_3x3~0|+|skip_connect~0|nor_conv_3x3~1|+|skip_connect~0|skip_connect~1|nor_conv_3x3~2|";

    @Test
    void uniformCellsCoverMixedCells() {
        ProfileOptions quick = new ProfileOptions(2, 5, true, "cpu", 1);
        List<Network> nets = List.of(Nb201.network(CONV), Nb201.network(SKIP));
        List<Profile> profiles = nets.stream().map(n -> Profiler.profile(n, quick)).toList();
        LutModel lut = LutModel.of(ProfiledLut.of("cpu", nets, profiles), Map.of());
        double conv = lut.latencyMs(nets.get(0), "cpu").orElseThrow();
        double skip = lut.latencyMs(nets.get(1), "cpu").orElseThrow();
        double mixed = lut.latencyMs(Nb201.network(MIXED), "cpu").orElseThrow();
        // repeated layers (five cells per stage) share the median of their timings: close to the plain sum
        assertThat(conv).isCloseTo(profiles.get(0).layerSumMs(), org.assertj.core.api.Assertions.withinPercentage(40));
        assertThat(mixed).isGreaterThan(skip).isLessThan(conv);
        assertThat(ProfiledLut.nb201Cover()).hasSize(5).contains(Nb201Cell.parse(CONV), Nb201Cell.parse(SKIP));
        assertThatThrownBy(() -> ProfiledLut.of("cpu", nets, List.of(profiles.get(0)))).hasMessage("2 networks but 1 profiles");
    }
}
