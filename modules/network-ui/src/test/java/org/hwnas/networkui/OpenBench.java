package org.hwnas.networkui;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javax.swing.SwingUtilities;
import org.hwnas.model.network.Layer;
import org.hwnas.model.network.LayerKind;
import org.hwnas.model.network.TensorShape;
import org.hwnas.networkui.graph.DraftText;
import org.hwnas.networkui.graph.NetworkDraft;
import org.hwnas.networkui.layout.DraftLayout;
import org.junit.jupiter.api.Test;

/**
 * Open-to-first-paint figures (not a timed assertion): document text -> draft -> layout -> scene on the EDT
 * -> validate -> paint of a 1280x800 viewport. Prints one line per network; run alone with
 * {@code ./mvnw -o -pl modules/network-ui test -Dtest=OpenBench}.
 */
class OpenBench {

    /** {@code blocks} residual blocks of conv-bn-relu-conv-bn-add-relu: 7 layers each (+ a stem conv). */
    static NetworkDraft generated(int blocks) {
        List<Layer> layers = new ArrayList<>();
        layers.add(Layer.conv2d("stem", 32, 3, 1, 1, false));
        String prev = "stem";
        for (int b = 0; b < blocks; b++) {
            String p = "b" + b + ".";
            layers.add(Layer.conv2d(p + "conv1", 32, 3, 1, 1, false).withInputs(prev));
            layers.add(Layer.of(p + "bn1", LayerKind.BATCH_NORM));
            layers.add(Layer.of(p + "relu1", LayerKind.RELU));
            layers.add(Layer.conv2d(p + "conv2", 32, 3, 1, 1, false));
            layers.add(Layer.of(p + "bn2", LayerKind.BATCH_NORM));
            layers.add(Layer.of(p + "add", LayerKind.ADD).withInputs(p + "bn2", prev));
            layers.add(Layer.of(p + "relu2", LayerKind.RELU));
            prev = p + "relu2";
        }
        return new NetworkDraft("gen", "x", TensorShape.of(1, 32, 32, 32), layers);
    }

    static long openMillis(String text) throws Exception {
        AtomicLong done = new AtomicLong();
        long t0 = System.nanoTime();
        NetworkDraft d = DraftText.read("bench.hwnet.json", text).draft().orElseThrow();
        DraftLayout l = DraftLayout.of(d);
        SwingUtilities.invokeAndWait(() -> {
            NetworkScene s = ScenePainter.scene(d, l);
            BufferedImage img = new BufferedImage(1280, 800, BufferedImage.TYPE_INT_RGB);
            java.awt.Graphics2D g = img.createGraphics();
            s.paint(g);
            g.dispose();
            done.set(System.nanoTime());
        });
        return (done.get() - t0) / 1_000_000;
    }

    @Test
    void printOpenTimes() throws Exception {
        String resnet = Examples.text("resnet50.hwnet.json");
        String big = DraftText.write(generated(71)); // 1 + 71*7 = 498 layers
        for (int warm = 0; warm < 2; warm++) { // JIT warm-up, as in a running application
            openMillis(resnet);
            openMillis(big);
        }
        System.out.println("OpenBench: resnet50 (175 layers) open to first paint " + openMillis(resnet) + " ms");
        System.out.println("OpenBench: generated (498 layers) open to first paint " + openMillis(big) + " ms");
        long cold = 0;
        long t0 = System.nanoTime();
        DraftLayout.of(generated(71));
        cold = (System.nanoTime() - t0) / 1_000_000;
        System.out.println("OpenBench: generated layout alone " + cold + " ms");
    }
}
