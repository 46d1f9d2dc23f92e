package org.hwnas.mappingui;

import java.awt.BasicStroke;
import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.FlowLayout;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JViewport;
import javax.swing.Scrollable;
import javax.swing.SwingConstants;
import javax.swing.Timer;
import org.hwnas.mappingui.model.PeArrayModel;
import org.hwnas.model.workload.Tensor;
import org.openide.util.NbBundle.Messages;

/**
 * The PE array: active PEs coloured by the element of the chosen operand they hold (equal colours =
 * shared: multicast or spatial reduction), row/column labels with the loop indices they hold, and a
 * step-through of the innermost temporal loops (javax.swing.Timer) that draws which operand moves from
 * which level at each step and which stays (reuse).
 */
@Messages({"LBL_Play=Play", "LBL_Pause=Pause", "LBL_Step=Step", "LBL_Operand=Colour by:"})
final class PeArrayComponent extends JPanel {
    private static final long serialVersionUID = 1L;
    private static final int MAX_STEPS = 64;
    private static final int DELAY_MS = 700;
    private static final Color[] TENSOR = {new Color(0x2E7D32), new Color(0x1565C0), new Color(0xC62828)};

    private transient PeArrayModel model;
    private transient List<PeArrayModel.Step> steps = List.of();
    private transient List<PeArrayModel.WindowLoop> window = List.of();
    private int step;
    private final JComboBox<Tensor> operand = new JComboBox<>(Tensor.values());
    private final JButton play = new JButton(Bundle.LBL_Play());
    private final JLabel status = new JLabel(" ");
    private final Timer timer = new Timer(DELAY_MS, e -> advance());
    private final Canvas canvas = new Canvas();

    PeArrayComponent() {
        super(new BorderLayout());
        JPanel controls = new JPanel(new FlowLayout(FlowLayout.LEFT, 4, 0));
        controls.add(play);
        JButton next = new JButton(Bundle.LBL_Step());
        controls.add(next);
        controls.add(new JLabel(Bundle.LBL_Operand()));
        controls.add(operand);
        play.addActionListener(e -> {
            if (timer.isRunning()) {
                timer.stop();
                play.setText(Bundle.LBL_Play());
            } else {
                timer.start();
                play.setText(Bundle.LBL_Pause());
            }
        });
        next.addActionListener(e -> advance());
        operand.addActionListener(e -> canvas.repaint());
        add(controls, BorderLayout.NORTH);
        // in a small pane the grid keeps a readable cell size and scrolls instead of shrinking to nothing
        add(new JScrollPane(canvas), BorderLayout.CENTER);
        add(status, BorderLayout.SOUTH);
    }

    void setModel(PeArrayModel m) {
        this.model = m;
        this.steps = m == null ? List.of() : m.steps(MAX_STEPS);
        this.window = m == null ? List.of() : m.window(MAX_STEPS);
        this.step = 0;
        updateStatus();
        canvas.revalidate();
        canvas.repaint();
    }

    /** Stops the animation (when the view is hidden). */
    void stop() {
        timer.stop();
        play.setText(Bundle.LBL_Play());
    }

    private void advance() {
        if (!steps.isEmpty()) {
            step = (step + 1) % steps.size();
            updateStatus();
            canvas.repaint();
        }
    }

    private void updateStatus() {
        if (model == null || steps.isEmpty()) {
            status.setText(" ");
            return;
        }
        PeArrayModel.Step s = steps.get(step);
        StringBuilder sb = new StringBuilder("<html>step " + (step + 1) + "/" + steps.size() + ":");
        for (int i = 0; i < window.size(); i++) {
            sb.append(' ').append(window.get(i).loop().dim()).append('=').append(s.indices()[i]);
        }
        for (PeArrayModel.Move mv : s.moves()) {
            String c = String.format("#%06x", TENSOR[mv.tensor().ordinal()].getRGB() & 0xffffff);
            sb.append("<br><font color='").append(c).append("'>").append(mv.moved() ? "&#9654; " : "&#8635; ")
                    .append(mv.describe().replace("<", "&lt;").replace(">", "&gt;")).append("</font>");
        }
        status.setText(sb.append("</html>").toString());
    }

    /** The smallest cell drawn; a larger array scrolls. */
    static final int MIN_CELL = 8;

    /** Fills its viewport when that is larger than the array at {@link #MIN_CELL}, else scrolls. */
    final class Canvas extends JComponent implements Scrollable {
        private static final long serialVersionUID = 1L;

        @Override
        public Dimension getPreferredSize() {
            if (model == null) {
                return new Dimension(360, 260);
            }
            FontMetrics fm = getFontMetrics(getFont() != null ? getFont() : new java.awt.Font(java.awt.Font.DIALOG, java.awt.Font.PLAIN, 12));
            int labelW = 0;
            for (int r = 0; r < model.rows(); r++) {
                labelW = Math.max(labelW, fm.stringWidth(model.rowLabel(r)));
            }
            int w = labelW + 6 + model.cols() * MIN_CELL + 10;
            int h = 4 + model.rows() * MIN_CELL + 2 * fm.getHeight() + 8;
            return new Dimension(Math.max(w, 300), Math.max(h, 80));
        }

        @Override
        public Dimension getPreferredScrollableViewportSize() {
            return new Dimension(360, 260);
        }

        @Override
        public int getScrollableUnitIncrement(java.awt.Rectangle visible, int orientation, int direction) {
            return MIN_CELL * 2;
        }

        @Override
        public int getScrollableBlockIncrement(java.awt.Rectangle visible, int orientation, int direction) {
            return orientation == SwingConstants.VERTICAL ? visible.height : visible.width;
        }

        @Override
        public boolean getScrollableTracksViewportWidth() {
            return getParent() instanceof JViewport v && v.getWidth() >= getPreferredSize().width;
        }

        @Override
        public boolean getScrollableTracksViewportHeight() {
            return getParent() instanceof JViewport v && v.getHeight() >= getPreferredSize().height;
        }

        @Override
        protected void paintComponent(Graphics g0) {
            Graphics2D g = (Graphics2D) g0.create();
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, getWidth(), getHeight());
            if (model == null) {
                g.dispose();
                return;
            }
            FontMetrics fm = g.getFontMetrics();
            int labelW = 0;
            for (int r = 0; r < model.rows(); r++) {
                labelW = Math.max(labelW, fm.stringWidth(model.rowLabel(r)));
            }
            labelW += 6;
            int rows = model.rows();
            int cols = model.cols();
            int cell = Math.max(MIN_CELL, Math.min((getWidth() - labelW - 10) / Math.max(1, cols), (getHeight() - 40) / Math.max(1, rows)));
            Tensor t = (Tensor) operand.getSelectedItem();
            boolean moving = !steps.isEmpty() && steps.get(step).moved(t);
            Map<List<Long>, Color> colours = new HashMap<>();
            int labelEvery = Math.max(1, (fm.getAscent() + cell - 1) / cell); // no overlapping row labels
            for (int r = 0; r < rows; r++) {
                g.setColor(Color.DARK_GRAY);
                if (r % labelEvery == 0) {
                    g.drawString(model.rowLabel(r), 2, 4 + r * cell + (cell + fm.getAscent()) / 2 - 1);
                }
                for (int c = 0; c < cols; c++) {
                    int x = labelW + c * cell;
                    int y = 4 + r * cell;
                    List<Long> key = model.shareKey(t, r, c);
                    if (key == null) {
                        g.setColor(new Color(0xEEEEEE));
                    } else {
                        g.setColor(colours.computeIfAbsent(key, k -> Color.getHSBColor((colours.size() * 0.618034f) % 1f, 0.45f, 0.95f)));
                    }
                    g.fillRect(x + 1, y + 1, cell - 2, cell - 2);
                    if (key != null && moving) {
                        g.setColor(TENSOR[t.ordinal()]);
                        g.setStroke(new BasicStroke(cell >= 12 ? 2f : 1f)); // small cells keep their colour visible
                        g.drawRect(x, y, cell - 1, cell - 1);
                        g.setStroke(new BasicStroke(1f));
                    }
                }
            }
            int y = 4 + rows * cell + fm.getAscent() + 2;
            g.setColor(Color.DARK_GRAY);
            int every = Math.max(1, (fm.stringWidth("Q13") + 4) / Math.max(1, cell) + 1);
            for (int c = 0; c < cols; c += every) {
                g.drawString(model.colLabel(c), labelW + c * cell, y);
            }
            g.drawString(model.activePes() + " of " + model.totalPes() + " PEs active; " + t.key() + ": "
                    + model.distinct(t) + " distinct (equal colours share)", 2, y + fm.getHeight());
            g.dispose();
        }
    }
}
