package org.hwnas.acceleratorui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicReference;
import javax.swing.SwingUtilities;
import org.hwnas.acceleratorui.edit.AcceleratorEdits;
import org.hwnas.acceleratorui.summary.LayerRow;
import org.hwnas.acceleratorui.summary.LayerTableModel;
import org.hwnas.model.accel.Accelerator;
import org.junit.jupiter.api.Test;

/** The summary re-evaluates as the design changes; a newer design supersedes the running evaluation. */
class SummaryPanelTest {

    @Test
    void theTableFollowsTheNewestDesign() throws Exception {
        Accelerator eyeriss = Examples.read("eyeriss-like");
        Accelerator bigger = AcceleratorEdits.resizeArray(eyeriss, 16, 16);
        AtomicReference<SummaryPanel> panel = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> {
            SummaryPanel p = new SummaryPanel();
            panel.set(p);
            p.setAccelerator(eyeriss);
            p.chooseNetwork(Examples.network("alexnet"));
            p.setAccelerator(bigger);   // before the first evaluation could finish: it is superseded
        });
        LayerTableModel table = panel.get().tableModel();
        long deadline = System.currentTimeMillis() + 60_000;
        String[] totals = new String[1];
        int[] rows = new int[1];
        do {
            Thread.sleep(100);
            SwingUtilities.invokeAndWait(() -> {
                totals[0] = panel.get().totalsText();
                rows[0] = table.getRowCount();
            });
        } while (!(rows[0] == 8 && totals[0].contains("alexnet</b>: 8 compute layers"))
                && System.currentTimeMillis() < deadline);
        assertEquals(8, rows[0], totals[0]);
        assertTrue(totals[0].contains("at 200 MHz"), totals[0]);
        SwingUtilities.invokeAndWait(() -> {
            for (int i = 0; i < table.getRowCount(); i++) {
                LayerRow r = table.row(i);
                // utilization = MACs / (cycles x PEs): the rows shown are for the 256-PE design
                assertEquals(r.macs() / ((double) r.cycles() * 256), r.utilization(), 1e-12, r.layer());
            }
        });
        SwingUtilities.invokeAndWait(() -> panel.get().cancel());
    }
}
