package org.hwnas.networkui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.File;
import java.util.concurrent.atomic.AtomicReference;
import javax.imageio.ImageIO;
import javax.swing.SwingUtilities;
import org.hwnas.model.network.LayerParam;
import org.hwnas.networkui.graph.DraftText;
import org.hwnas.networkui.graph.LayerEdit;
import org.hwnas.networkui.graph.NetworkDraft;
import org.hwnas.networkui.layout.DraftLayout;
import org.netbeans.api.visual.widget.ConnectionWidget;
import org.netbeans.api.visual.widget.Widget;
import org.junit.jupiter.api.Test;

/** The scene built on the EDT, headless (java.awt.headless=true), rendered off-screen. */
class NetworkSceneTest {

    private static NetworkDraft resnet() throws Exception {
        return DraftText.read("r", Examples.text("resnet50.hwnet.json")).draft().orElseThrow();
    }

    @Test
    void everyLayerAndTensorGetsAWidgetAtItsLayoutPosition() throws Exception {
        NetworkDraft d = resnet();
        DraftLayout l = DraftLayout.of(d);
        AtomicReference<NetworkScene> ref = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> ref.set(ScenePainter.scene(d, l)));
        NetworkScene s = ref.get();
        assertThat(s.getNodes()).hasSize(d.layers().size() + 1);
        assertThat(s.getEdges()).hasSize(l.edges().size());
        Widget conv1 = s.findWidget("conv1");
        assertThat(conv1.getPreferredLocation().x).isEqualTo(l.box("conv1").x());
        assertThat(conv1.getPreferredLocation().y).isEqualTo(l.box("conv1").y());
        NetworkScene.NodeWidget w = (NetworkScene.NodeWidget) conv1;
        assertThat(w.nameText()).isEqualTo("conv1");
        assertThat(w.shapeText()).isEqualTo("1x64x112x112  118.0 M MACs");
        assertThat(w.problem()).isNull();
        ConnectionWidget e = (ConnectionWidget) s.findWidget("layer1.0.add->layer1.0.relu3#0");
        assertThat(e.getToolTipText()).isEqualTo("layer1.0.add \u2192 layer1.0.relu3: 1x256x56x56");
        assertThat(e.getControlPoints()).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void brokenShapesAreMarkedOnTheNodeWithTheMessage() throws Exception {
        NetworkDraft d = resnet();
        NetworkDraft broken = d.replace("layer1.0.conv3",
                LayerEdit.set(d.layer("layer1.0.conv3").orElseThrow(), LayerParam.OUT_CHANNELS, "200"));
        AtomicReference<NetworkScene> ref = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> ref.set(ScenePainter.scene(broken, DraftLayout.of(broken))));
        NetworkScene.NodeWidget add = (NetworkScene.NodeWidget) ref.get().findWidget("layer1.0.add");
        assertThat(add.problem()).contains("1x200x56x56");
        assertThat(add.getToolTipText()).contains("layer1.0.add: ").contains("1x256x56x56");
        assertThat(add.shapeText()).startsWith("\u26a0 ");
        // a reader of the broken add has no shape either, but is not reported again
        assertThat(((NetworkScene.NodeWidget) ref.get().findWidget("layer1.0.relu3")).problem()).isNull();
        assertThat(((NetworkScene.NodeWidget) ref.get().findWidget("layer1.0.relu3")).shapeText()).isEqualTo("shape ?");
        // a picture of the marked block, to look at
        DraftLayout bl = DraftLayout.of(broken);
        AtomicReference<BufferedImage> img = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> img.set(ScenePainter.image(broken, bl, 1.0)));
        int y = Math.max(0, bl.box("layer1.0.conv3").y() - 20);
        BufferedImage i = img.get();
        ImageIO.write(i.getSubimage(0, y, i.getWidth(), Math.min(420, i.getHeight() - y)), "png", new File("target/resnet50-broken.png"));
    }

    @Test
    void rebuildKeepsTheSelectionByName() throws Exception {
        NetworkDraft d = resnet();
        AtomicReference<Object> sel = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> {
            NetworkScene s = ScenePainter.scene(d, DraftLayout.of(d));
            s.setSelectedObjects(java.util.Set.of("layer2.0.conv2"));
            NetworkDraft renamed = d.rename("conv1", "stem");
            s.show(renamed, DraftLayout.of(renamed));
            sel.set(s.getSelectedObjects());
            assertThat(s.findWidget("stem")).isNotNull();
            assertThat(s.findWidget("conv1")).isNull();
        });
        assertThat(new java.util.ArrayList<Object>((java.util.Set<?>) sel.get())).containsExactly("layer2.0.conv2");
    }

    @Test
    void resnet50RendersToANonEmptyPng() throws Exception {
        NetworkDraft d = resnet();
        DraftLayout l = DraftLayout.of(d);
        AtomicReference<BufferedImage> img = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> img.set(ScenePainter.image(d, l, 1.0)));
        BufferedImage i = img.get();
        assertThat(i.getWidth()).isGreaterThan(l.width() - 80);
        assertThat(i.getHeight()).isGreaterThan(l.height() - 80);
        long nonWhite = 0;
        for (int y = 0; y < i.getHeight(); y += 3) {
            for (int x = 0; x < i.getWidth(); x += 3) {
                nonWhite += (i.getRGB(x, y) & 0xffffff) != 0xffffff ? 1 : 0;
            }
        }
        assertThat(nonWhite).as("painted pixels").isGreaterThan(1000);
        File out = new File("target/resnet50-graph.png");
        out.getParentFile().mkdirs();
        assertThat(ImageIO.write(i, "png", out)).isTrue();
        assertThat(out.length()).isGreaterThan(10_000);
        // the first blocks, small enough for image viewers with a height limit
        ImageIO.write(i.getSubimage(0, 0, i.getWidth(), Math.min(i.getHeight(), 1600)), "png", new File("target/resnet50-graph-top.png"));
    }
}
