package org.hwnas.acceleratorui.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import org.hwnas.model.accel.Capacity;
import org.hwnas.model.accel.Sharing;
import org.hwnas.model.workload.Dim;
import org.hwnas.model.workload.Tensor;
import org.junit.jupiter.api.Test;

class InputsTest {

    @Test
    void capacitiesParseAndRoundTrip() {
        assertEquals(Capacity.words(224L), Inputs.parseCapacity("224"));
        assertEquals(Capacity.words(224L), Inputs.parseCapacity(" 224 words "));
        assertEquals(Capacity.bytes(110_592L), Inputs.parseCapacity("108 KB"));
        assertEquals(Capacity.bytes(110_592L), Inputs.parseCapacity("108KiB"));
        assertEquals(Capacity.bytes(2L << 20), Inputs.parseCapacity("2 MB"));
        assertEquals(Capacity.UNBOUNDED, Inputs.parseCapacity("unbounded"));
        for (Capacity c : List.of(Capacity.words(24L), Capacity.bytes(7L), Capacity.UNBOUNDED)) {
            assertEquals(c, Inputs.parseCapacity(Inputs.formatCapacity(c)));
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Inputs.parseCapacity("lots"));
        assertTrue(e.getMessage().contains("'lots'"), e.getMessage());
    }

    @Test
    void bandwidthSharingTensorsDims() {
        assertEquals(Double.POSITIVE_INFINITY, Inputs.parseBandwidth("unconstrained"));
        assertEquals(16.0, Inputs.parseBandwidth("16"));
        assertEquals("unconstrained", Inputs.formatBandwidth(Double.POSITIVE_INFINITY));
        assertEquals("16", Inputs.formatBandwidth(16));
        assertThrows(IllegalArgumentException.class, () -> Inputs.parseBandwidth("0"));
        assertThrows(IllegalArgumentException.class, () -> Inputs.parseBandwidth("NaN"));
        assertEquals(Sharing.PER_PE, Inputs.parseSharing("per_pe"));
        assertEquals(Sharing.of(12), Inputs.parseSharing("12"));
        assertEquals(EnumSet.of(Tensor.INPUTS, Tensor.OUTPUTS), Inputs.parseTensors("outputs, inputs"));
        assertTrue(Inputs.parseTensors("").isEmpty());
        assertThrows(IllegalArgumentException.class, () -> Inputs.parseTensors("psums"));
        assertEquals(List.of(Dim.C, Dim.K), Inputs.parseDims("C, k"));
        assertEquals("S, C, K", Inputs.formatDims(List.of(Dim.S, Dim.C, Dim.K)));
        assertThrows(IllegalArgumentException.class, () -> Inputs.parseDims(" "));
        assertThrows(IllegalArgumentException.class, () -> Inputs.parseDims("C C"));
    }
}
