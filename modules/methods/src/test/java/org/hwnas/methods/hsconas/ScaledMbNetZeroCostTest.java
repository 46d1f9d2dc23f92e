package org.hwnas.methods.hsconas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.List;
import org.hwnas.accuracy.api.AccuracyEstimators;
import org.hwnas.accuracy.spi.AccuracyEstimator;
import org.hwnas.accuracy.spi.AccuracyMetric;
import org.hwnas.arch.mbv2.MbBlock;
import org.hwnas.arch.mbv2.MbMacro;
import org.hwnas.model.network.NetworkAnalysis;
import org.junit.jupiter.api.Test;

/** mbv2-ch candidates are NetworkCandidates, so the zero-cost estimator scores them on their own network. */
class ScaledMbNetZeroCostTest {
    static ScaledMbNet uniform(double width) {
        MbMacro small = new MbMacro(32, 10); // 32 px keeps the DJL pass fast
        List<List<MbBlock>> stages = ScaledMbNet.DEPTHS.stream().map(d -> Collections.nCopies(d, new MbBlock(3, 6))).toList();
        return new ScaledMbNet(Collections.nCopies(6, width), stages, small);
    }

    @Test
    void zeroCostScoresChannelScaledNetworks() {
        AccuracyEstimator zc = AccuracyEstimators.byId("zero-cost");
        assertTrue(zc.families().contains(ScaledMbNet.FAMILY), zc.families().toString());
        AccuracyMetric params = AccuracyMetric.parse("none/params@0");
        AccuracyMetric synflow = AccuracyMetric.parse("none/synflow@0");
        ScaledMbNet narrow = uniform(0.5);
        ScaledMbNet wide = uniform(2.0);
        assertEquals((double) NetworkAnalysis.of(wide.network()).totalParams(), zc.estimate(wide, params).getAsDouble());
        double s = zc.estimate(wide, synflow).getAsDouble();
        assertTrue(Double.isFinite(s) && s > zc.estimate(narrow, synflow).getAsDouble(), "synflow grows with the stage widths: " + s);
    }
}
