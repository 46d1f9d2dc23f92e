package org.hwnas.mappingui;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.util.ArrayList;
import java.util.List;
import javax.swing.JComponent;
import org.hwnas.mappingui.model.TilingBars;

/** Draws {@link TilingBars}: one bar per loop dimension, a segment per factor, coloured by where it sits. */
final class TilingBarsComponent extends JComponent {
    private static final long serialVersionUID = 1L;
    private static final int ROW = 22;
    private static final int LABEL = 64;
    private transient List<TilingBars.Bar> bars = List.of();
    private final List<String> places = new ArrayList<>();

    TilingBarsComponent() {
        setToolTipText(""); // enables tooltips
        setPreferredSize(new Dimension(360, 8 * ROW));
    }

    void setBars(List<TilingBars.Bar> bars) {
        this.bars = List.copyOf(bars);
        for (TilingBars.Bar b : bars) {
            for (TilingBars.Segment s : b.segments()) {
                if (!places.contains(s.where())) {
                    places.add(s.where());
                }
            }
        }
        setPreferredSize(new Dimension(360, Math.max(3, bars.size() + 1) * ROW));
        revalidate();
        repaint();
    }

    static Color color(int i, boolean spatial) {
        float hue = (i * 0.17f) % 1f;
        return spatial ? Color.getHSBColor(hue, 0.75f, 0.8f) : Color.getHSBColor(hue, 0.35f, 0.95f);
    }

    @Override
    protected void paintComponent(Graphics g0) {
        Graphics2D g = (Graphics2D) g0.create();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(getBackground() == null ? Color.WHITE : getBackground());
        g.fillRect(0, 0, getWidth(), getHeight());
        FontMetrics fm = g.getFontMetrics();
        int width = Math.max(40, getWidth() - LABEL - 8);
        int y = 4;
        for (TilingBars.Bar b : bars) {
            g.setColor(b.complete() ? Color.DARK_GRAY : Color.RED);
            g.drawString(b.dim() + " " + b.bound(), 4, y + fm.getAscent() + 2);
            int x = LABEL;
            for (TilingBars.Segment s : b.segments()) {
                int w = (int) Math.round(s.fraction() * width);
                g.setColor(color(places.indexOf(s.where()), s.spatial()));
                g.fillRect(x, y, Math.max(1, w), ROW - 6);
                g.setColor(Color.GRAY);
                g.drawRect(x, y, Math.max(1, w), ROW - 6);
                String text = (s.spatial() ? s.where().replace("spatial ", "") : s.where()) + " " + s.factor();
                if (fm.stringWidth(text) + 4 > w) {
                    text = Integer.toString(s.factor());
                }
                if (fm.stringWidth(text) + 2 <= w) {
                    g.setColor(Color.BLACK);
                    g.drawString(text, x + 2, y + fm.getAscent());
                }
                x += w;
            }
            if (!b.complete()) {
                g.setColor(Color.RED);
                g.drawString("product " + b.product() + " != " + b.bound(), x + 4, y + fm.getAscent());
            }
            y += ROW;
        }
        g.dispose();
    }

    @Override
    public String getToolTipText(java.awt.event.MouseEvent e) {
        int i = (e.getY() - 4) / ROW;
        if (i < 0 || i >= bars.size()) {
            return null;
        }
        TilingBars.Bar b = bars.get(i);
        List<String> parts = new ArrayList<>();
        b.segments().forEach(s -> parts.add(s.where() + " " + b.dim() + s.factor()));
        return b.dim() + " = " + b.bound() + ": " + String.join(" x ", parts);
    }
}
