package org.hwnas.acceleratorui.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.hwnas.acceleratorui.Examples;
import org.junit.jupiter.api.Test;

class DesignSummaryTest {

    @Test
    void eyerissPeakAndOnChipBytesByHand() {
        DesignSummary s = DesignSummary.of(Examples.read("eyeriss-like"));
        // 12 x 14 PEs, one MAC each per cycle; 200 MHz -> 33.6 GMAC/s
        assertEquals(168, s.peakMacsPerCycle());
        assertEquals(33.6, s.peakGmacsPerSecond(), 1e-9);
        // per PE: psum 24 x 2 B, weights 224 x 2 B, ifmap 12 x 2 B = 48 + 448 + 24 = 520 B; x 168 = 87,360 B
        // plus the 110,592-byte global buffer; DRAM is off-chip and unbounded
        assertEquals(520L * 168 + 110_592, s.onChipBytes());
        assertEquals(197_952, s.onChipBytes());
        DesignSummary.LevelFigures weights = s.levels().get(1);
        assertEquals("weights_spad", weights.name());
        assertEquals(168, weights.instances());
        assertEquals(448, weights.bytesEach());
        assertEquals(75_264, weights.bytesTotal());
        DesignSummary.LevelFigures dram = s.levels().get(4);
        assertFalse(dram.onChip());
        assertEquals(-1, dram.bytesTotal());
    }

    @Test
    void tpuLikeCountsPerPeRegistersOncePerPe() {
        DesignSummary s = DesignSummary.of(Examples.read("tpu-like"));
        assertEquals(65_536, s.peakMacsPerCycle());
        // 2 x 8-bit weight registers per PE (65,536 PEs) + 4 MiB accumulators + 24 MiB unified buffer
        assertEquals(2L * 65_536 + 4_194_304 + 25_165_824, s.onChipBytes());
        assertTrue(s.levels().get(0).onChip());
    }

    @Test
    void fpgaUsesItsBlockRamAndDsps() {
        DesignSummary s = DesignSummary.of(Examples.read("zc706-fpga"));
        assertEquals(900, s.peakMacsPerCycle());
        assertEquals(2_387_500, s.onChipBytes());
        assertEquals(135.0, s.peakGmacsPerSecond(), 1e-9);
    }
}
