import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import javax.imageio.ImageIO;

/**
 * Draws the HW-NAS Workbench splash, about and frame-icon images (PNG data; NetBeans loads the
 * {@code *.gif} names by content, so PNG bytes under those names are fine, as in the platform itself).
 *
 * <p>Not part of the build: run it after changing the look and commit its output:
 * <pre>java -Djava.awt.headless=true branding/src/tools/MakeBrandingImages.java \
 *     branding/src/main/nbm-branding/core/core.jar/org/netbeans/core/startup</pre>
 */
public final class MakeBrandingImages {

    static final Color BG_TOP = new Color(0x10, 0x1E, 0x36);
    static final Color BG_BOTTOM = new Color(0x1C, 0x3A, 0x5E);
    static final Color PE = new Color(0x2E, 0xC4, 0xB6);
    static final Color PE_DIM = new Color(0x2E, 0xC4, 0xB6, 90);
    static final Color ACCENT = new Color(0xFF, 0x9F, 0x1C);
    static final Color TEXT = new Color(0xF4, 0xF7, 0xFB);
    static final Color SUBTEXT = new Color(0xA9, 0xBC, 0xD0);

    public static void main(String[] args) throws IOException {
        File dir = new File(args.length > 0 ? args[0] : ".");
        dir.mkdirs();
        // Splash: drawn at 2x (960x600) and shown at SPLASH_WIDTH x SPLASH_HEIGHT = 480 x 300.
        write(splash(960, 600, false), new File(dir, "splash.gif"));
        write(splash(960, 600, true), new File(dir, "about.png"));
        int[] sizes = {16, 32, 48, 256, 512, 1024};
        String[] names = {"frame.gif", "frame32.gif", "frame48.gif", "frame256.png", "frame512.png", "frame1024.png"};
        for (int i = 0; i < sizes.length; i++) {
            write(icon(sizes[i]), new File(dir, names[i]));
        }
    }

    static void write(BufferedImage img, File f) throws IOException {
        if (!ImageIO.write(img, "png", f)) {
            throw new IOException("no PNG writer for " + f);
        }
        System.out.println("wrote " + f + " " + img.getWidth() + "x" + img.getHeight());
    }

    static Graphics2D graphics(BufferedImage img) {
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        return g;
    }

    /** Dark gradient, a PE array on the right fed by a small layer graph, title and subtitle on the left. */
    static BufferedImage splash(int w, int h, boolean about) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = graphics(img);
        g.setPaint(new GradientPaint(0, 0, BG_TOP, 0, h, BG_BOTTOM));
        g.fillRect(0, 0, w, h);

        // PE array (8 x 6) with a highlighted 4 x 3 tile, as a mapping would occupy it
        int cell = 34, gap = 12, cols = 8, rows = 6;
        int ax = w - cols * (cell + gap) - 60, ay = 70;
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                boolean active = r < 3 && c < 4;
                g.setColor(active ? PE : PE_DIM);
                g.fill(new RoundRectangle2D.Double(ax + c * (cell + gap), ay + r * (cell + gap), cell, cell, 8, 8));
            }
        }
        // network: three layers of nodes on the left, edges into the array
        g.setStroke(new BasicStroke(2.5f));
        int[] layerX = {ax - 300, ax - 200, ax - 100};
        int[][] layerY = {{110, 190, 270}, {90, 150, 210, 270, 330}, {140, 220, 300}};
        for (int l = 0; l + 1 < layerX.length; l++) {
            for (int a : layerY[l]) {
                for (int b : layerY[l + 1]) {
                    g.setColor(new Color(0xA9, 0xBC, 0xD0, 60));
                    g.draw(new Line2D.Double(layerX[l], a, layerX[l + 1], b));
                }
            }
        }
        for (int b : layerY[2]) {
            g.setColor(new Color(0xFF, 0x9F, 0x1C, 120));
            g.draw(new Line2D.Double(layerX[2], b, ax - 8, ay + 60));
        }
        for (int l = 0; l < layerX.length; l++) {
            for (int y : layerY[l]) {
                g.setColor(ACCENT);
                g.fillOval(layerX[l] - 11, y - 11, 22, 22);
            }
        }

        g.setColor(TEXT);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 68));
        g.drawString("HW-NAS Workbench", 60, h - 190);
        g.setColor(SUBTEXT);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 30));
        g.drawString("Hardware-aware neural architecture search", 62, h - 140);
        g.drawString("and accelerator co-design", 62, h - 102);
        if (about) {
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 24));
            g.drawString("Version 0.1 \u00b7 built on the Apache NetBeans Platform", 62, h - 40);
        }
        g.dispose();
        return img;
    }

    /** A 3 x 3 PE grid on a rounded square with one orange (active) PE. */
    static BufferedImage icon(int size) {
        BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = graphics(img);
        double s = size;
        double pad = size <= 16 ? 0 : s * 0.04;
        g.setPaint(new GradientPaint(0, 0, BG_BOTTOM, 0, size, BG_TOP));
        g.fill(new RoundRectangle2D.Double(pad, pad, s - 2 * pad, s - 2 * pad, s * 0.25, s * 0.25));
        int n = 3;
        double inner = s - 2 * pad;
        double margin = inner * (size <= 16 ? 0.14 : 0.18);
        double step = (inner - 2 * margin) / n;
        double cell = step * (size <= 16 ? 0.78 : 0.72);
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < n; c++) {
                g.setColor(r == 0 && c == 0 ? ACCENT : PE);
                double x = pad + margin + c * step + (step - cell) / 2;
                double y = pad + margin + r * step + (step - cell) / 2;
                g.fill(new RoundRectangle2D.Double(x, y, cell, cell, cell * 0.3, cell * 0.3));
            }
        }
        g.dispose();
        return img;
    }
}
