import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import javax.imageio.ImageIO;

/**
 * Draws the 16x16 template icons (network, accelerator, search). Not part of the build: run after a change
 * and commit the output:
 * <pre>java -Djava.awt.headless=true nbproject-templates/src/tools/MakeTemplateIcons.java \
 *     nbproject-templates/src/main/resources/org/hwnas/templates</pre>
 */
public final class MakeTemplateIcons {

    static final Color NODE = new Color(0xE8, 0x86, 0x0C);
    static final Color EDGE = new Color(0x4A, 0x5E, 0x78);
    static final Color PE = new Color(0x1F, 0x9E, 0x93);
    static final Color FRAME = new Color(0x1C, 0x3A, 0x5E);

    public static void main(String[] args) throws IOException {
        File dir = new File(args.length > 0 ? args[0] : ".");
        write(network(), new File(dir, "network.png"));
        write(accelerator(), new File(dir, "accelerator.png"));
        write(search(), new File(dir, "search.png"));
    }

    static void write(BufferedImage img, File f) throws IOException {
        ImageIO.write(img, "png", f);
        System.out.println("wrote " + f);
    }

    static Graphics2D g(BufferedImage img) {
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        return g;
    }

    /** Five nodes in three layers, connected. */
    static BufferedImage network() {
        BufferedImage img = new BufferedImage(16, 16, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = g(img);
        double[][] n = {{2.5, 8}, {8, 2.5}, {8, 13.5}, {13.5, 8}, {8, 8}};
        g.setColor(EDGE);
        g.setStroke(new BasicStroke(1.2f));
        int[][] e = {{0, 1}, {0, 2}, {1, 3}, {2, 3}, {0, 4}, {4, 3}};
        for (int[] x : e) {
            g.draw(new Line2D.Double(n[x[0]][0], n[x[0]][1], n[x[1]][0], n[x[1]][1]));
        }
        g.setColor(NODE);
        for (double[] p : n) {
            g.fill(new Ellipse2D.Double(p[0] - 2, p[1] - 2, 4, 4));
        }
        g.dispose();
        return img;
    }

    /** A framed 3 x 3 PE grid. */
    static BufferedImage accelerator() {
        BufferedImage img = new BufferedImage(16, 16, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = g(img);
        g.setColor(FRAME);
        g.fill(new RoundRectangle2D.Double(0.5, 0.5, 15, 15, 4, 4));
        for (int r = 0; r < 3; r++) {
            for (int c = 0; c < 3; c++) {
                g.setColor(r == 0 && c == 0 ? NODE : new Color(0x2E, 0xC4, 0xB6));
                g.fillRect(2 + c * 4 + c, 2 + r * 4 + r, 3, 3);
            }
        }
        g.dispose();
        return img;
    }

    /** A magnifier over a small PE grid. */
    static BufferedImage search() {
        BufferedImage img = new BufferedImage(16, 16, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = g(img);
        g.setColor(PE);
        for (int r = 0; r < 2; r++) {
            for (int c = 0; c < 2; c++) {
                g.fillRect(3 + c * 4, 3 + r * 4, 3, 3);
            }
        }
        g.setColor(FRAME);
        g.setStroke(new BasicStroke(1.6f));
        g.draw(new Ellipse2D.Double(1.5, 1.5, 9.5, 9.5));
        g.setStroke(new BasicStroke(2.4f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(new Line2D.Double(10.5, 10.5, 14.2, 14.2));
        g.dispose();
        return img;
    }
}
