package org.hwnas.networkui;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import org.hwnas.networkui.graph.NetworkDraft;
import org.hwnas.networkui.layout.DraftLayout;

/**
 * Renders a network off-screen (PNG export, tests): a fresh scene, never the live one of an open editor
 * (NETBEANS-PITFALLS #20), laid out with the font metrics of an image's Graphics. Call on the EDT.
 */
public final class ScenePainter {
    private ScenePainter() {
    }

    public static NetworkScene scene(NetworkDraft draft, DraftLayout layout) {
        NetworkScene scene = new NetworkScene();
        scene.show(draft, layout);
        BufferedImage probe = new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB);
        Graphics2D pg = probe.createGraphics();
        scene.validate(pg);
        pg.dispose();
        return scene;
    }

    /** The whole graph at {@code zoom} (1 = 100 %) on white. */
    public static BufferedImage image(NetworkDraft draft, DraftLayout layout, double zoom) {
        NetworkScene scene = scene(draft, layout);
        Rectangle b = scene.getBounds();
        int w = Math.max(1, (int) Math.ceil(b.width * zoom));
        int h = Math.max(1, (int) Math.ceil(b.height * zoom));
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w, h);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.scale(zoom, zoom);
        g.translate(-b.x, -b.y);
        scene.paint(g);
        g.dispose();
        return img;
    }
}
