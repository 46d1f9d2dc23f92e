package org.hwnas.mappingui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Component;
import java.awt.Container;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import javax.swing.JLabel;
import javax.swing.JTable;
import javax.swing.JTextArea;
import javax.swing.SwingUtilities;

import org.hwnas.mappingui.model.MappingEvaluation;
import org.hwnas.model.mapping.Mapping;
import org.junit.jupiter.api.Test;

/** The layer view built and painted off-screen on the EDT (headless), and an edit round trip through its table. */
class LayerMappingPanelTest {

    @Test
    void showsTheEvaluationPaintsAndEditsReEvaluate() throws Exception {
        EyerissConv1TestAccess.load();
        List<Mapping> edits = new ArrayList<>();
        LayerMappingPanel[] panel = new LayerMappingPanel[1];
        SwingUtilities.invokeAndWait(() -> {
            panel[0] = new LayerMappingPanel(edits::add);
            panel[0].show(MappingEvaluation.of(EyerissConv1TestAccess.accel(), EyerissConv1TestAccess.mapping()));
            panel[0].setSize(1200, 700);
            layout(panel[0]);
            BufferedImage img = new BufferedImage(1200, 700, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = img.createGraphics();
            panel[0].paint(g);
            g.dispose();
        });
        String summary = find(panel[0], JLabel.class).get(0).getText();
        assertThat(summary).contains("86,016 cycles").contains("bound: <b>compute</b>").contains("75.0 %").contains("126 of 168 PEs");
        JTextArea listing = find(panel[0], JTextArea.class).get(0);
        assertThat(listing.getText()).startsWith("DRAM [weights 864, inputs 151875, outputs 401408]");
        JTable loops = find(panel[0], JTable.class).get(0);
        assertThat(loops.getRowCount()).isEqualTo(10); // 7 temporal loops + 3 spatial
        SwingUtilities.invokeAndWait(() -> loops.getModel().setValueAt(2, 2, 2)); // DRAM K4 -> K2
        assertThat(edits).hasSize(1);
        MappingEvaluation e = MappingEvaluation.of(EyerissConv1TestAccess.accel(), edits.get(0));
        SwingUtilities.invokeAndWait(() -> panel[0].show(e));
        assertThat(find(panel[0], JLabel.class).get(0).getText()).contains("Invalid mapping").contains("dimension K");
    }

    @Test
    void aSmallPaneScrollsThePeArrayInsteadOfShrinkingIt() throws Exception {
        EyerissConv1TestAccess.load();
        LayerMappingPanel[] panel = new LayerMappingPanel[1];
        SwingUtilities.invokeAndWait(() -> {
            panel[0] = new LayerMappingPanel(null);
            panel[0].show(MappingEvaluation.of(EyerissConv1TestAccess.accel(), EyerissConv1TestAccess.mapping()));
            panel[0].setSize(700, 330); // the Network Mapping window's layer pane in the trial smoke screenshot
            layout(panel[0]);
        });
        PeArrayComponent.Canvas canvas = find(panel[0], PeArrayComponent.Canvas.class).get(0);
        org.hwnas.mappingui.model.PeArrayModel m = org.hwnas.mappingui.model.PeArrayModel.of(EyerissConv1TestAccess.mapping(),
                EyerissConv1TestAccess.accel(), null);
        // 12 x 14 PEs at 8 pixels at least, inside a scroll pane whose viewport is smaller than that
        assertThat(canvas.getWidth()).isGreaterThanOrEqualTo(m.cols() * PeArrayComponent.MIN_CELL);
        assertThat(canvas.getHeight()).isGreaterThanOrEqualTo(m.rows() * PeArrayComponent.MIN_CELL);
        assertThat(canvas.getParent()).isInstanceOf(javax.swing.JViewport.class);
        // the overview scrolls at its minimum size instead of squeezing the PE array's pane
        LayerMappingPanel.MinSizePanel overview = find(panel[0], LayerMappingPanel.MinSizePanel.class).get(0);
        assertThat(overview.getHeight()).isEqualTo(LayerMappingPanel.OVERVIEW_MIN.height);
        assertThat(overview.getParent().getHeight()).isLessThan(LayerMappingPanel.OVERVIEW_MIN.height);
        assertThat(canvas.getParent().getHeight()).as("the PE array's viewport").isGreaterThanOrEqualTo(m.rows() * PeArrayComponent.MIN_CELL);
    }

    private static void layout(Component c) {
        if (c instanceof Container k) {
            k.doLayout();
            for (Component child : k.getComponents()) {
                layout(child);
            }
        }
    }

    private static <T> List<T> find(Component c, Class<T> type) {
        List<T> out = new ArrayList<>();
        if (type.isInstance(c)) {
            out.add(type.cast(c));
        }
        if (c instanceof Container k) {
            for (Component child : k.getComponents()) {
                out.addAll(find(child, type));
            }
        }
        return out;
    }

    /** Reaches the package-private fixtures of {@link EyerissConv1Test}. */
    static final class EyerissConv1TestAccess {
        static void load() throws Exception {
            org.hwnas.mappingui.model.EyerissConv1TestFixture.load();
        }

        static org.hwnas.model.accel.Accelerator accel() {
            return org.hwnas.mappingui.model.EyerissConv1TestFixture.accel();
        }

        static Mapping mapping() {
            return org.hwnas.mappingui.model.EyerissConv1TestFixture.mapping();
        }
    }
}
