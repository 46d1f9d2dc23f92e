package org.hwnas.acceleratorui.view;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.util.List;
import javax.swing.JComponent;
import org.hwnas.acceleratorui.edit.Inputs;
import org.hwnas.model.accel.Accelerator;
import org.hwnas.model.accel.MemoryLevel;
import org.hwnas.model.accel.Sharing;

/**
 * The memory hierarchy as stacked levels, outermost (DRAM) on top down to the per-PE levels, each with
 * its size (per instance x instances), bandwidth and energy per access; the array fan-out is marked
 * between the last shared level and the per-PE levels.
 */
public final class MemoryHierarchyView extends JComponent {
    private static final long serialVersionUID = 1L;
    private static final int PAD = 16;
    private static final int MIN_BOX_W = 300;
    private static final int INDENT = 30;
    private static final int LINES = 3;
    private static final Color DRAM = new Color(0xEDE3F7);
    private static final Color SHARED = new Color(0xDDF0DD);
    private static final Color PER_PE = new Color(0xFFF1D6);

    private transient Accelerator accelerator;

    public MemoryHierarchyView() {
        setOpaque(true);
        setBackground(Color.WHITE);
    }

    public void setAccelerator(Accelerator a) {
        accelerator = a;
        revalidate();
        repaint();
    }

    private int lineHeight() {
        Font f = getFont() != null ? getFont() : new Font(Font.SANS_SERIF, Font.PLAIN, 12);
        return getFontMetrics(f).getHeight();
    }

    /** Wide enough for the longest text line of any level. */
    private int boxWidth() {
        Font f = getFont() != null ? getFont() : new Font(Font.SANS_SERIF, Font.PLAIN, 12);
        FontMetrics fm = getFontMetrics(f);
        int w = MIN_BOX_W;
        for (int i = 0; accelerator != null && i < accelerator.levels().size(); i++) {
            for (String line : lines(accelerator, i)) {
                w = Math.max(w, fm.stringWidth(line) + 20 + INDENT);
            }
        }
        return w;
    }

    private int boxHeight() {
        return LINES * lineHeight() + 10;
    }

    @Override
    public Dimension getPreferredSize() {
        int n = accelerator == null ? 0 : accelerator.levels().size();
        return new Dimension(boxWidth() + 2 * PAD, PAD * 2 + lineHeight() + 6 + n * (boxHeight() + 8) + 30);
    }

    /** The three text lines of level {@code i}, as drawn (tests check them). */
    public static List<String> lines(Accelerator a, int i) {
        MemoryLevel l = a.levels().get(i);
        int n = a.instances(i);
        String sharing = l.sharing().kind() == Sharing.Kind.PER_PE ? "per PE" : l.sharing().toString();
        String size = l.capacity().isBounded()
                ? bytes(l.capacity().bytes(l.wordBits())) + " (" + Inputs.formatCapacity(l.capacity()) + ")"
                : "unbounded";
        String first = l.name() + "  [" + l.memoryClass().name().toLowerCase() + ", " + sharing + "]   " + size
                + (n > 1 ? "  \u00d7 " + n : "");
        String bw = Double.isInfinite(l.readBandwidth()) && Double.isInfinite(l.writeBandwidth())
                ? "bandwidth unconstrained"
                : "rd " + Inputs.formatBandwidth(l.readBandwidth()) + " / wr "
                        + Inputs.formatBandwidth(l.writeBandwidth()) + " words/cycle";
        if (!Double.isInfinite(l.sharedBandwidth())) {
            bw += ", shared " + Inputs.number(l.sharedBandwidth());
        }
        String second = bw + "   " + l.wordBits() + "-bit words, block " + l.blockWords()
                + (l.multipleBuffering() > 1 ? ", " + l.multipleBuffering() + "x buffered" : "");
        String third = "rd " + pj(l.energy().readPj()) + " / wr " + pj(l.energy().writePj()) + " pJ per access"
                + (l.energyExplicit() ? "" : " (table)")
                + "   keeps " + (l.keeps().isEmpty() ? "nothing" : Inputs.formatTensors(l.keeps()));
        return List.of(first, second, third);
    }

    /** Four significant digits: 18.183829 -> 18.18, 0.202442 -> 0.2024, 512 -> 512. */
    static String pj(double v) {
        return Inputs.number(Double.parseDouble(String.format(java.util.Locale.ROOT, "%.4g", v)));
    }

    /** 110592 -> "108 KiB". */
    public static String bytes(long b) {
        if (b >= 1024L * 1024 && b % (1024L * 1024) == 0) {
            return b / (1024L * 1024) + " MiB";
        }
        if (b >= 1024 && b % 1024 == 0) {
            return b / 1024 + " KiB";
        }
        if (b >= 10_000) {
            return Inputs.number(Math.round(b / 102.4) / 10.0) + " KiB";
        }
        return b + " B";
    }

    @Override
    protected void paintComponent(Graphics g0) {
        Graphics2D g = (Graphics2D) g0.create();
        try {
            g.setColor(getBackground());
            g.fillRect(0, 0, getWidth(), getHeight());
            if (accelerator == null || accelerator.levels().isEmpty()) {
                return;   // an FPGA given by its resources only
            }
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            Font base = getFont() != null ? getFont() : new Font(Font.SANS_SERIF, Font.PLAIN, 12);
            g.setFont(base.deriveFont(Font.BOLD));
            FontMetrics fm = g.getFontMetrics();
            g.setColor(Color.BLACK);
            int y = PAD;
            g.drawString("Memory hierarchy (outermost first)", PAD, y + fm.getAscent());
            y += fm.getHeight() + 6;
            g.setFont(base);
            fm = g.getFontMetrics();
            List<MemoryLevel> levels = accelerator.levels();
            int fanout = accelerator.fanoutIndex();
            int bh = boxHeight();
            int boxW = boxWidth();
            for (int i = levels.size() - 1; i >= 0; i--) {
                MemoryLevel l = levels.get(i);
                if (i == fanout - 1) {
                    String fan = "array fan-out to " + accelerator.totalPes() + " PEs";
                    int tw = fm.stringWidth(fan);
                    g.setColor(new Color(0xB05000));
                    g.drawLine(PAD, y + 8, PAD + boxW, y + 8);
                    g.setColor(getBackground());
                    g.fillRect(PAD + boxW / 3 - 4, y, tw + 8, 16);
                    g.setColor(new Color(0xB05000));
                    g.drawString(fan, PAD + boxW / 3, y + 12);
                    y += 20;
                }
                boolean perPe = l.sharing().kind() == Sharing.Kind.PER_PE;
                int w = perPe ? boxW - INDENT : boxW;
                int x = perPe ? PAD + INDENT : PAD;
                if (perPe) {   // a stack of cards: one instance per PE
                    g.setColor(PER_PE.darker());
                    g.drawRect(x + 4, y - 4, w, bh);
                }
                g.setColor(i == levels.size() - 1 && !l.capacity().isBounded() ? DRAM : perPe ? PER_PE : SHARED);
                g.fillRect(x, y, w, bh);
                g.setColor(Color.GRAY);
                g.drawRect(x, y, w, bh);
                g.setColor(Color.BLACK);
                int ty = y + 5 + fm.getAscent();
                for (String line : lines(accelerator, i)) {
                    g.drawString(line, x + 8, ty);
                    ty += fm.getHeight();
                }
                y += bh + 8;
            }
        } finally {
            g.dispose();
        }
    }
}
