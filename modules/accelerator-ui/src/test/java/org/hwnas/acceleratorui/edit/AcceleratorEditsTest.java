package org.hwnas.acceleratorui.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.hwnas.acceleratorui.Examples;
import org.hwnas.model.accel.Accelerator;
import org.hwnas.model.accel.Capacity;
import org.hwnas.model.accel.Dataflow;
import org.hwnas.model.accel.Sharing;
import org.hwnas.model.workload.Dim;
import org.junit.jupiter.api.Test;

class AcceleratorEditsTest {
    private final Accelerator eyeriss = Examples.read("eyeriss-like");

    @Test
    void resizingTheArrayChangesOnlyItsShape() throws Exception {
        Accelerator a = AcceleratorEdits.resizeArray(eyeriss, 16, 16);
        assertEquals("16x16", a.array().shape());
        assertEquals(256, a.peakMacsPerCycle());
        assertEquals(List.of(Dim.S, Dim.C, Dim.K), a.array().axes().get(0).parallelDims());
        assertEquals(eyeriss.levels(), a.levels());
        assertEquals("12x14", eyeriss.array().shape(), "the original design is untouched");
        assertEquals(20, AcceleratorEdits.resizeAxis(eyeriss, 1, 20).array().axes().get(1).size());
    }

    @Test
    void invalidValuesAreRefusedWithTheModelsReason() {
        EditRefusedException zero = assertThrows(EditRefusedException.class,
                () -> AcceleratorEdits.resizeAxis(eyeriss, 0, 0));
        assertEquals("pe_array.axes[0].size", zero.path());
        assertEquals("array axis rows must have size > 0, got 0", zero.reason());

        // an explicit instance count must divide the PE count: the whole-design rule of the document reader
        EditRefusedException share = assertThrows(EditRefusedException.class,
                () -> AcceleratorEdits.levelSharing(eyeriss, 3, Sharing.of(5)));
        assertEquals("levels[3].sharing", share.path());
        assertEquals("instance count 5 must divide the PE count 168", share.reason());

        // per-PE levels must sit below every shared level
        EditRefusedException perPe = assertThrows(EditRefusedException.class,
                () -> AcceleratorEdits.levelSharing(eyeriss, 0, Sharing.GLOBAL));
        assertEquals("levels[1].sharing: a per-PE level must sit below every shared level (levels are listed innermost first) (and 1 more)", perPe.getMessage());

        EditRefusedException precision = assertThrows(EditRefusedException.class,
                () -> AcceleratorEdits.precision(eyeriss, 65));
        assertEquals("precision_bits", precision.path());

        EditRefusedException clock = assertThrows(EditRefusedException.class,
                () -> AcceleratorEdits.clock(eyeriss, Double.NaN));
        assertEquals("clock_mhz", clock.path());

        EditRefusedException energy = assertThrows(EditRefusedException.class,
                () -> AcceleratorEdits.levelEnergy(eyeriss, 0, "read_pj", -1));
        assertEquals("levels[0].energy.read_pj", energy.path());
        assertTrue(energy.reason().contains(">= 0"), energy.reason());

        assertThrows(EditRefusedException.class, () -> AcceleratorEdits.levelName(eyeriss, 0, "DRAM"));
        assertThrows(EditRefusedException.class, () -> AcceleratorEdits.axisDims(eyeriss, 0, List.of()));
        assertThrows(EditRefusedException.class, () -> AcceleratorEdits.resizeAxis(eyeriss, 5, 3));
    }

    @Test
    void levelEditsReadBackThroughTheDocument() throws Exception {
        Accelerator a = AcceleratorEdits.levelCapacity(eyeriss, 3, Capacity.bytes(256L * 1024));
        assertEquals(262_144, a.levels().get(3).capacity().bytes(16));
        a = AcceleratorEdits.levelReadBandwidth(a, 3, Double.POSITIVE_INFINITY);
        assertEquals(Double.POSITIVE_INFINITY, a.levels().get(3).readBandwidth());
        a = AcceleratorEdits.dataflow(a, Dataflow.WEIGHT_STATIONARY);
        assertEquals(Dataflow.WEIGHT_STATIONARY, a.dataflow());
        a = AcceleratorEdits.levelEnergy(a, 4, "read_pj", 200);
        assertEquals(200, a.levels().get(4).energy().readPj());
        assertEquals(512, a.levels().get(4).energy().writePj());
    }

    @Test
    void anotherEnergyTableReResolvesLevelsWithoutTheirOwnEnergies() throws Exception {
        Accelerator tpu = Examples.read("tpu-like");
        double before = tpu.levels().get(1).energy().readPj();
        Accelerator other = AcceleratorEdits.energyTable(tpu, "horowitz-45nm");
        assertEquals("horowitz-45nm", other.energyTable().name());
        assertNotEquals(before, other.levels().get(1).energy().readPj());
        assertThrows(EditRefusedException.class, () -> AcceleratorEdits.energyTable(tpu, "nope"));
    }

    @Test
    void fpgaResourcesAreEditableOnlyOnFpgas() throws Exception {
        Accelerator zc = Examples.read("zc706-fpga");
        Accelerator more = AcceleratorEdits.fpga(zc, "dsp_count", 1800);
        assertEquals(1800, more.peakMacsPerCycle());
        assertEquals(8.4, AcceleratorEdits.fpga(zc, "offchip_gbps", 8.4).fpga().offchipGBps());
        EditRefusedException zero = assertThrows(EditRefusedException.class, () -> AcceleratorEdits.fpga(zc, "bram_bytes", 0));
        assertEquals("fpga.bram_bytes", zero.path());
        assertThrows(EditRefusedException.class, () -> AcceleratorEdits.fpga(zc, "dsp_count", 1.5));
        EditRefusedException spatial = assertThrows(EditRefusedException.class,
                () -> AcceleratorEdits.fpga(eyeriss, "dsp_count", 10));
        assertTrue(spatial.reason().contains("no FPGA resources"), spatial.reason());
    }
}
