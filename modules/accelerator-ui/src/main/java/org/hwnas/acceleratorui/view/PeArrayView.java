package org.hwnas.acceleratorui.view;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Cursor;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.util.List;
import javax.swing.JComponent;
import org.hwnas.acceleratorui.edit.Inputs;
import org.hwnas.model.accel.Accelerator;
import org.hwnas.model.accel.ArrayAxis;

/**
 * The PE array as a grid (rows x cols; a 1-D array as one row; a third axis noted as depth), each axis
 * labelled with the loop dims it parallelizes (e.g. {@code rows = S, C, K}). Large arrays are abbreviated
 * ({@link GridGeometry}). The square handle at the bottom-right corner resizes the array: dragging shows
 * the new shape and releasing hands it to the {@link ResizeListener}, which applies (or refuses) the edit.
 */
public final class PeArrayView extends JComponent {
    private static final long serialVersionUID = 1L;
    private static final int PAD = 16;
    private static final int LABEL_W = 110;
    private static final int LABEL_H = 40;
    private static final int HANDLE = 10;
    private static final int GRID_W = 300;
    private static final int GRID_H = 200;
    private static final Color PE = new Color(0xD6E4F5);
    private static final Color PE_EDGE = new Color(0x6F8FB8);
    private static final Color PREVIEW = new Color(0xE07020);

    /** Told when the user finished dragging the resize handle. */
    public interface ResizeListener {
        void resized(int rows, int cols);
    }

    private transient Accelerator accelerator;
    private transient ResizeListener resizeListener = (r, c) -> { };
    private GridGeometry geometry;
    private int previewRows = -1;
    private int previewCols = -1;

    public PeArrayView() {
        setOpaque(true);
        setBackground(Color.WHITE);
        setToolTipText("");
        MouseAdapter drag = new MouseAdapter() {
            private int startX;
            private int startY;
            private GridGeometry start;

            @Override
            public void mousePressed(MouseEvent e) {
                if (geometry != null && handleBounds().contains(e.getPoint())) {
                    start = geometry;
                    startX = e.getX();
                    startY = e.getY();
                }
            }

            @Override
            public void mouseDragged(MouseEvent e) {
                if (start != null) {
                    previewRows = twoD() ? start.rowsAfterDrag(e.getY() - startY) : 1;
                    previewCols = start.colsAfterDrag(e.getX() - startX);
                    repaint();
                }
            }

            @Override
            public void mouseReleased(MouseEvent e) {
                if (start != null) {
                    int r = previewRows;
                    int c = previewCols;
                    start = null;
                    previewRows = -1;
                    previewCols = -1;
                    repaint();
                    if (r > 0 && c > 0 && (r != rows() || c != cols())) {
                        resizeListener.resized(r, c);
                    }
                }
            }

            @Override
            public void mouseMoved(MouseEvent e) {
                boolean on = geometry != null && handleBounds().contains(e.getPoint());
                setCursor(Cursor.getPredefinedCursor(on ? Cursor.SE_RESIZE_CURSOR : Cursor.DEFAULT_CURSOR));
            }
        };
        addMouseListener(drag);
        addMouseMotionListener(drag);
    }

    public void setResizeListener(ResizeListener l) {
        resizeListener = l;
    }

    public void setAccelerator(Accelerator a) {
        accelerator = a;
        geometry = a == null || a.array() == null ? null : GridGeometry.fit(rows(), cols(), GRID_W, GRID_H);
        revalidate();
        repaint();
    }

    public GridGeometry geometry() {
        return geometry;
    }

    /** Where the resize handle is (for tests and the smoke script's drag). */
    public Rectangle handleBounds() {
        int x = PAD + LABEL_W + geometry.width();
        int y = PAD + LABEL_H + geometry.height();
        return new Rectangle(x - HANDLE / 2, y - HANDLE / 2, HANDLE, HANDLE);
    }

    private boolean twoD() {
        return accelerator.array().axes().size() >= 2;
    }

    private int rows() {
        return twoD() ? accelerator.array().axes().get(0).size() : 1;
    }

    private int cols() {
        List<ArrayAxis> axes = accelerator.array().axes();
        return twoD() ? axes.get(1).size() : axes.get(0).size();
    }

    @Override
    public Dimension getPreferredSize() {
        if (geometry == null) {
            return new Dimension(300, 60);
        }
        int depth = accelerator.array().axes().size() == 3 ? 150 : 40;
        return new Dimension(PAD * 2 + LABEL_W + geometry.width() + depth, PAD * 2 + LABEL_H + geometry.height() + 34);
    }

    @Override
    public String getToolTipText(MouseEvent e) {
        if (geometry == null) {
            return null;
        }
        if (handleBounds().contains(e.getPoint())) {
            return "Drag to resize the PE array";
        }
        int c = (e.getX() - PAD - LABEL_W) / geometry.cell();
        int r = (e.getY() - PAD - LABEL_H) / geometry.cell();
        if (c < 0 || r < 0 || c >= geometry.drawnCols() || r >= geometry.drawnRows()
                || e.getX() < PAD + LABEL_W || e.getY() < PAD + LABEL_H) {
            return null;
        }
        return "PE (" + GridGeometry.peIndex(r, geometry.drawnRows(), geometry.rows()) + ", "
                + GridGeometry.peIndex(c, geometry.drawnCols(), geometry.cols()) + ")";
    }

    @Override
    protected void paintComponent(Graphics g0) {
        Graphics2D g = (Graphics2D) g0.create();
        try {
            g.setColor(getBackground());
            g.fillRect(0, 0, getWidth(), getHeight());
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            if (geometry == null) {
                g.setColor(Color.DARK_GRAY);
                g.drawString(accelerator == null ? "" : "No PE array (FPGA resources only)", PAD, PAD + 14);
                return;
            }
            paintGrid(g);
            paintLabels(g);
            paintPreview(g);
        } finally {
            g.dispose();
        }
    }

    private void paintGrid(Graphics2D g) {
        GridGeometry geo = geometry;
        int x0 = PAD + LABEL_W;
        int y0 = PAD + LABEL_H;
        int cell = geo.cell();
        int gap = cell >= 10 ? 2 : 1;
        int breakRow = geo.abbreviatedRows() ? geo.drawnRows() / 2 : -1;
        int breakCol = geo.abbreviatedCols() ? geo.drawnCols() / 2 : -1;
        for (int r = 0; r < geo.drawnRows(); r++) {
            for (int c = 0; c < geo.drawnCols(); c++) {
                int x = x0 + c * cell;
                int y = y0 + r * cell;
                if (r == breakRow || c == breakCol) {
                    g.setColor(Color.GRAY);
                    g.fillOval(x + cell / 2 - 1, y + cell / 2 - 1, 3, 3);
                    continue;
                }
                g.setColor(PE);
                g.fillRect(x + gap / 2, y + gap / 2, cell - gap, cell - gap);
                g.setColor(PE_EDGE);
                g.drawRect(x + gap / 2, y + gap / 2, cell - gap, cell - gap);
            }
        }
        Rectangle h = handleBounds();
        g.setColor(PREVIEW);
        g.fillRect(h.x, h.y, h.width, h.height);
        g.setColor(Color.DARK_GRAY);
        g.drawRect(h.x, h.y, h.width, h.height);
    }

    private void paintLabels(Graphics2D g) {
        GridGeometry geo = geometry;
        List<ArrayAxis> axes = accelerator.array().axes();
        Font base = getFont() != null ? getFont() : new Font(Font.SANS_SERIF, Font.PLAIN, 12);
        g.setFont(base.deriveFont(Font.BOLD));
        FontMetrics fm = g.getFontMetrics();
        g.setColor(Color.BLACK);
        String title = "PE array " + accelerator.array().shape() + " = " + accelerator.totalPes() + " PEs";
        g.drawString(title, PAD, PAD + fm.getAscent());
        g.setFont(base);
        fm = g.getFontMetrics();
        int x0 = PAD + LABEL_W;
        int y0 = PAD + LABEL_H;
        ArrayAxis colAxis = twoD() ? axes.get(1) : axes.get(0);
        String cols = colAxis.name() + " = " + Inputs.formatDims(colAxis.parallelDims()) + "  (" + colAxis.size() + ")";
        g.setColor(new Color(0x204080));
        g.drawString(cols + "  \u2192", x0, y0 - 6);
        if (twoD()) {
            ArrayAxis rowAxis = axes.get(0);
            g.drawString(rowAxis.name() + " = " + Inputs.formatDims(rowAxis.parallelDims()), PAD, y0 + fm.getAscent());
            g.drawString("(" + rowAxis.size() + ")  \u2193", PAD, y0 + fm.getAscent() + fm.getHeight());
        }
        if (axes.size() == 3) {
            ArrayAxis depth = axes.get(2);
            g.drawString("\u00d7 " + depth.name() + " = " + Inputs.formatDims(depth.parallelDims()) + " (" + depth.size()
                    + " deep)", x0 + geo.width() + 12, y0 + fm.getAscent());
        }
        if (geo.abbreviatedRows() || geo.abbreviatedCols()) {
            g.setColor(Color.GRAY);
            g.drawString("drawn abbreviated (" + geo.drawnRows() + " x " + geo.drawnCols() + " cells)", x0,
                    y0 + geo.height() + fm.getHeight() + 4);
        }
    }

    private void paintPreview(Graphics2D g) {
        if (previewCols < 0) {
            return;
        }
        GridGeometry geo = geometry;
        int x0 = PAD + LABEL_W;
        int y0 = PAD + LABEL_H;
        double sx = geo.cell() * geo.drawnCols() / (double) geo.cols();
        double sy = geo.cell() * geo.drawnRows() / (double) geo.rows();
        int w = (int) Math.round(previewCols * sx);
        int h = (int) Math.round(previewRows * sy);
        g.setColor(PREVIEW);
        g.setStroke(new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1f, new float[]{6f, 4f}, 0f));
        g.drawRect(x0, y0, w, h);
        g.drawString(previewRows + " x " + previewCols, x0 + w + 8, y0 + h);
    }
}
