package org.hwnas.acceleratorui.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.event.MouseEvent;
import java.awt.image.BufferedImage;
import java.io.File;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javax.imageio.ImageIO;
import javax.swing.SwingUtilities;
import org.hwnas.acceleratorui.Examples;
import org.hwnas.model.accel.Accelerator;
import org.junit.jupiter.api.Test;

/** The views render off-screen (headless) and show the design's figures; drag of the handle resizes. */
class ViewRenderingTest {

    @Test
    void memoryLevelsAreDescribedWithSizeBandwidthAndEnergy() {
        Accelerator a = Examples.read("eyeriss-like");
        List<String> glb = MemoryHierarchyView.lines(a, 3);
        assertTrue(glb.get(0).startsWith("shared_glb  [sram, global]   108 KiB (110592 bytes)"), glb.get(0));
        assertEquals("rd 16 / wr 16 words/cycle   16-bit words, block 4", glb.get(1));
        assertTrue(glb.get(2).startsWith("rd 18.18 / wr 14.14 pJ per access"), glb.get(2));
        assertTrue(glb.get(2).endsWith("keeps inputs, outputs"), glb.get(2));
        List<String> psum = MemoryHierarchyView.lines(a, 0);
        assertTrue(psum.get(0).contains("per PE") && psum.get(0).endsWith("\u00d7 168"), psum.get(0));
        assertEquals("unbounded", MemoryHierarchyView.lines(a, 4).get(0).split("   ")[1]);
    }

    @Test
    void bothViewsPaintOffScreen() throws Exception {
        Accelerator a = Examples.read("eyeriss-like");
        SwingUtilities.invokeAndWait(() -> {
            PeArrayView pe = new PeArrayView();
            pe.setAccelerator(a);
            MemoryHierarchyView mem = new MemoryHierarchyView();
            mem.setAccelerator(a);
            for (var c : List.of(pe, mem)) {
                Dimension d = c.getPreferredSize();
                c.setSize(d);
                BufferedImage img = new BufferedImage(d.width, d.height, BufferedImage.TYPE_INT_RGB);
                Graphics2D g = img.createGraphics();
                c.paint(g);
                g.dispose();
                try {
                    new File("target").mkdirs();
                    ImageIO.write(img, "png", new File("target/" + c.getClass().getSimpleName() + ".png"));
                } catch (java.io.IOException e) {
                    throw new AssertionError(e);
                }
                assertNotEquals(img.getRGB(0, 0), img.getRGB(d.width / 3, d.height / 2) | 0,
                        "something was drawn in " + c.getClass().getSimpleName());
            }
            // a PE cell is drawn in the PE colour
            GridGeometry geo = pe.geometry();
            assertEquals(12, geo.drawnRows());
        });
    }

    @Test
    void draggingTheHandleReportsTheNewShape() throws Exception {
        Accelerator a = Examples.read("eyeriss-like");
        AtomicReference<int[]> got = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> {
            PeArrayView pe = new PeArrayView();
            pe.setAccelerator(a);
            pe.setSize(pe.getPreferredSize());
            pe.setResizeListener((r, c) -> got.set(new int[]{r, c}));
            Rectangle h = pe.handleBounds();
            int x = h.x + h.width / 2;
            int y = h.y + h.height / 2;
            int cell = pe.geometry().cell();
            pe.dispatchEvent(new MouseEvent(pe, MouseEvent.MOUSE_PRESSED, 0, 0, x, y, 1, false, MouseEvent.BUTTON1));
            pe.dispatchEvent(new MouseEvent(pe, MouseEvent.MOUSE_DRAGGED, 0, 0, x + 2 * cell, y + 4 * cell, 1, false,
                    MouseEvent.BUTTON1));
            pe.dispatchEvent(new MouseEvent(pe, MouseEvent.MOUSE_RELEASED, 0, 0, x + 2 * cell, y + 4 * cell, 1, false,
                    MouseEvent.BUTTON1));
        });
        assertEquals(16, got.get()[0], "rows 12 + 4 cells");
        assertEquals(16, got.get()[1], "cols 14 + 2 cells");
    }
}
