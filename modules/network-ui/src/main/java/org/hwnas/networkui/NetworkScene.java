package org.hwnas.networkui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Point;
import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.hwnas.model.network.Layer;
import org.hwnas.networkui.export.SvgExport;
import org.hwnas.networkui.graph.NetworkDraft;
import org.hwnas.networkui.graph.NodeText;
import org.hwnas.networkui.layout.DraftLayout;
import org.hwnas.networkui.layout.LayeredLayout;
import org.netbeans.api.visual.action.ActionFactory;
import org.netbeans.api.visual.action.ConnectProvider;
import org.netbeans.api.visual.action.ConnectorState;
import org.netbeans.api.visual.action.PopupMenuProvider;
import org.netbeans.api.visual.action.WidgetAction;
import org.netbeans.api.visual.anchor.AnchorFactory;
import org.netbeans.api.visual.anchor.AnchorShape;
import org.netbeans.api.visual.graph.GraphScene;
import org.netbeans.api.visual.layout.LayoutFactory;
import org.netbeans.api.visual.model.ObjectSceneEvent;
import org.netbeans.api.visual.model.ObjectSceneEventType;
import org.netbeans.api.visual.model.ObjectSceneListener;
import org.netbeans.api.visual.model.ObjectState;
import org.netbeans.api.visual.router.Router;
import org.netbeans.api.visual.widget.ConnectionWidget;
import org.netbeans.api.visual.widget.LabelWidget;
import org.netbeans.api.visual.widget.LayerWidget;
import org.netbeans.api.visual.widget.Scene;
import org.netbeans.api.visual.widget.Widget;

/**
 * The Visual Library scene of a network: one node widget per layer (plus the input), one connection per
 * tensor read. Built from a {@link NetworkDraft} and its {@link DraftLayout} (coordinates and edge routes are
 * computed on the model, not by Visual Library layouts). Rebuilt as a whole when the draft changes; the
 * selection is restored by layer name. EDT only (Visual Library asserts it).
 */
public final class NetworkScene extends GraphScene<String, String> {
    static final Color EDGE = new Color(0x55, 0x55, 0x55);
    static final Color BROKEN = new Color(0xd0, 0x02, 0x1b);
    static final Color SELECTED = new Color(0x1f, 0x6f, 0xeb);

    /** What the editor does for user gestures; the scene itself never changes the model. */
    public interface Editor {
        void connect(String from, String to);

        void popup(String layerOrNull, Point scenePoint, javax.swing.JPopupMenu menu);

        void selected(String layerOrNull);

        void delete(String layer);
    }

    private final LayerWidget background = new LayerWidget(this);
    private final LayerWidget connections = new LayerWidget(this);
    private final LayerWidget nodes = new LayerWidget(this);
    private final LayerWidget interaction = new LayerWidget(this);
    private final WidgetAction select = createSelectAction();
    private final WidgetAction hover = createObjectHoverAction();
    private final WidgetAction connect;
    private final WidgetAction popup;
    private Editor editor;
    private NetworkDraft draft;
    private DraftLayout layout;
    private final Map<String, List<Point>> routes = new HashMap<>();
    private boolean rebuilding;

    public NetworkScene() {
        addChild(background);
        addChild(connections);
        addChild(nodes);
        addChild(interaction);
        setBackground(Color.WHITE);
        setCheckClipping(true); // large graphs: paint only what is visible (IGV does the same)
        connect = ActionFactory.createConnectAction(interaction, new Connector()); // drag from a layer to its new reader
        popup = ActionFactory.createPopupMenuAction(new Popup());
        getActions().addAction(ActionFactory.createMouseCenteredZoomAction(1.15));
        getActions().addAction(ActionFactory.createPanAction());
        getActions().addAction(ActionFactory.createRectangularSelectAction(this, interaction));
        getActions().addAction(popup);
        getActions().addAction(new WidgetAction.Adapter() {
            @Override
            public State keyPressed(Widget widget, WidgetKeyEvent event) {
                if (event.getKeyCode() == java.awt.event.KeyEvent.VK_DELETE && editor != null) {
                    for (Object o : getSelectedObjects()) {
                        if (o instanceof String s && isNode(s) && !s.equals(draft.inputName())) {
                            editor.delete(s);
                            return State.CONSUMED;
                        }
                    }
                }
                return State.REJECTED;
            }
        });
        addObjectSceneListener(new ObjectSceneListener() {
            @Override public void objectAdded(ObjectSceneEvent e, Object o) { }
            @Override public void objectRemoved(ObjectSceneEvent e, Object o) { }
            @Override public void objectStateChanged(ObjectSceneEvent e, Object o, ObjectState p, ObjectState n) { }
            @Override public void highlightingChanged(ObjectSceneEvent e, java.util.Set<Object> p, java.util.Set<Object> n) { }
            @Override public void hoverChanged(ObjectSceneEvent e, Object p, Object n) { }
            @Override public void focusChanged(ObjectSceneEvent e, Object p, Object n) { }

            @Override
            public void selectionChanged(ObjectSceneEvent e, java.util.Set<Object> previous, java.util.Set<Object> now) {
                if (!rebuilding && editor != null) {
                    String sel = now.stream().filter(o -> o instanceof String s && isNode(s)).map(String.class::cast)
                            .findFirst().orElse(null);
                    editor.selected(sel);
                }
            }
        }, ObjectSceneEventType.OBJECT_SELECTION_CHANGED);
    }

    private Runnable nextPaint;

    /** Runs {@code r} once, after the next time the scene is painted (first-paint timing). */
    public void onNextPaint(Runnable r) {
        nextPaint = r;
        repaint();
    }

    @Override
    protected void paintChildren() {
        super.paintChildren();
        Runnable r = nextPaint;
        if (r != null) {
            nextPaint = null;
            r.run();
        }
    }

    public void setEditor(Editor editor) {
        this.editor = editor;
    }

    public NetworkDraft draft() {
        return draft;
    }

    public DraftLayout layout() {
        return layout;
    }

    /** Replaces everything with {@code d} laid out as {@code l}; keeps the selected layer when it still exists. */
    public void show(NetworkDraft d, DraftLayout l) {
        rebuilding = true;
        try {
            java.util.Set<?> keep = new java.util.HashSet<>(getSelectedObjects());
            for (String e : new ArrayList<>(getEdges())) {
                removeEdge(e);
            }
            for (String n : new ArrayList<>(getNodes())) {
                removeNode(n);
            }
            routes.clear();
            this.draft = d;
            this.layout = l;
            Map<String, String> problems = d.problemsByLayer();
            addNodeWidget(d.inputName(), "input", d.inputShape().toString(), null, new Color(0xee, 0xf3, 0xfb),
                    l.box(0));
            for (int i = 0; i < d.layers().size(); i++) {
                Layer layer = d.layers().get(i);
                if (isNode(layer.name())) {
                    continue; // a duplicate name (marked as a problem on the first)
                }
                addNodeWidget(layer.name(), NodeText.kindLine(layer), NodeText.shapeLine(d.info(layer.name())),
                        problems.get(layer.name()), Color.decode(SvgExport.fill(layer)), l.box(i + 1));
            }
            List<DraftLayout.Edge> edges = l.edges();
            for (int k = 0; k < edges.size(); k++) {
                DraftLayout.Edge e = edges.get(k);
                if (isEdge(e.id())) {
                    continue;
                }
                List<Point> pts = new ArrayList<>();
                for (LayeredLayout.Pt p : l.route(k)) {
                    pts.add(new Point(p.x(), p.y()));
                }
                routes.put(e.id(), pts);
                ConnectionWidget w = (ConnectionWidget) addEdge(e.id());
                w.setToolTipText(e.from() + " \u2192 " + e.to() + ": " + d.shape(e.from()).map(Object::toString).orElse("shape unknown"));
                setEdgeSource(e.id(), e.from());
                setEdgeTarget(e.id(), e.to());
            }
            java.util.Set<Object> restored = new java.util.HashSet<>();
            for (Object o : keep) {
                if (o instanceof String s && (isNode(s) || isEdge(s))) {
                    restored.add(s);
                }
            }
            setSelectedObjects(restored);
        } finally {
            rebuilding = false;
        }
    }

    private void addNodeWidget(String name, String kind, String shape, String problem, Color fill, LayeredLayout.Box box) {
        NodeWidget w = (NodeWidget) addNode(name);
        w.set(kind, name, shape, problem, fill);
        w.setPreferredLocation(new Point(box.x(), box.y()));
        w.setPreferredSize(new Rectangle(0, 0, box.width(), box.height()).getSize());
    }

    @Override
    protected Widget attachNodeWidget(String node) {
        NodeWidget w = new NodeWidget(this);
        nodes.addChild(w);
        w.getActions().addAction(select);
        w.getActions().addAction(hover);
        w.getActions().addAction(connect);
        w.getActions().addAction(popup);
        return w;
    }

    @Override
    protected Widget attachEdgeWidget(String edge) {
        ConnectionWidget c = new ConnectionWidget(this);
        c.setTargetAnchorShape(AnchorShape.TRIANGLE_FILLED);
        c.setForeground(EDGE);
        c.setRouter(routeOf(edge));
        c.getActions().addAction(select);
        c.getActions().addAction(hover);
        c.getActions().addAction(popup);
        connections.addChild(c);
        return c;
    }

    /** Edges follow the routes of the model layout. */
    private Router routeOf(String edge) {
        return widget -> {
            List<Point> r = routes.get(edge);
            return r == null ? List.of() : r;
        };
    }

    @Override
    protected void attachEdgeSourceAnchor(String edge, String oldSource, String source) {
        ((ConnectionWidget) findWidget(edge)).setSourceAnchor(source == null ? null : AnchorFactory.createRectangularAnchor(findWidget(source)));
    }

    @Override
    protected void attachEdgeTargetAnchor(String edge, String oldTarget, String target) {
        ((ConnectionWidget) findWidget(edge)).setTargetAnchor(target == null ? null : AnchorFactory.createRectangularAnchor(findWidget(target)));
    }

    /** Centers the view on a node and selects it (Navigator search). */
    public void reveal(String node) {
        if (findWidget(node) != null) {
            setSelectedObjects(java.util.Set.of(node));
        }
        scrollTo(node);
    }

    /** Scrolls the view so that {@code node} is in the middle (horizontally) near the top. */
    public void scrollTo(String node) {
        Widget w = findWidget(node);
        if (w == null || getView() == null) {
            return;
        }
        Rectangle b = w.convertLocalToScene(w.getBounds());
        Rectangle view = convertSceneToView(b);
        Rectangle visible = getView().getVisibleRect();
        int x = view.x + view.width / 2 - visible.width / 2;
        int y = Math.max(0, view.y - visible.height / 3);
        getView().scrollRectToVisible(new Rectangle(Math.max(0, x), y, visible.width, visible.height));
    }

    /** Zooms so the whole graph fits the visible area (never above 100 %). */
    public void fit() {
        if (getView() == null || layout == null) {
            return;
        }
        Rectangle visible = getView().getVisibleRect();
        double z = Math.min(1.0, Math.min(visible.width / (double) layout.width(), visible.height / (double) layout.height()));
        setZoomFactor(Math.max(0.05, z));
        validate();
    }

    private final class Connector implements ConnectProvider {
        @Override
        public boolean isSourceWidget(Widget source) {
            return findObject(source) instanceof String s && isNode(s);
        }

        @Override
        public ConnectorState isTargetWidget(Widget source, Widget target) {
            Object t = findObject(target);
            return t instanceof String s && isNode(s) && !s.equals(draft.inputName()) && target != source
                    ? ConnectorState.ACCEPT : ConnectorState.REJECT;
        }

        @Override
        public boolean hasCustomTargetWidgetResolver(Scene scene) {
            return false;
        }

        @Override
        public Widget resolveTargetWidget(Scene scene, Point sceneLocation) {
            return null;
        }

        @Override
        public void createConnection(Widget source, Widget target) {
            if (editor != null) {
                editor.connect((String) findObject(source), (String) findObject(target));
            }
        }
    }

    private final class Popup implements PopupMenuProvider {
        @Override
        public javax.swing.JPopupMenu getPopupMenu(Widget widget, Point localLocation) {
            javax.swing.JPopupMenu menu = new javax.swing.JPopupMenu();
            Object o = findObject(widget);
            String layer = o instanceof String s && isNode(s) ? s : null;
            if (layer != null) {
                setSelectedObjects(java.util.Set.of(layer));
            }
            if (editor != null) {
                editor.popup(layer, widget.convertLocalToScene(localLocation), menu);
            }
            return menu;
        }
    }

    /** A layer: kind line, name (bold), output shape and MACs; red border and tooltip when its shape is broken. */
    static final class NodeWidget extends Widget {
        private final LabelWidget kind;
        private final LabelWidget name;
        private final LabelWidget shape;
        private Color fill = Color.WHITE;
        private String problem;

        NodeWidget(Scene scene) {
            super(scene);
            setLayout(LayoutFactory.createVerticalFlowLayout(LayoutFactory.SerialAlignment.LEFT_TOP, 1));
            setOpaque(false);
            kind = new LabelWidget(scene);
            name = new LabelWidget(scene);
            shape = new LabelWidget(scene);
            Font base = scene.getDefaultFont();
            kind.setFont(base.deriveFont(Font.PLAIN, 11f));
            kind.setForeground(new Color(0x44, 0x44, 0x44));
            name.setFont(base.deriveFont(Font.BOLD, 12.5f));
            shape.setFont(base.deriveFont(Font.PLAIN, 11f));
            addChild(kind);
            addChild(name);
            addChild(shape);
            setBorder(org.netbeans.api.visual.border.BorderFactory.createEmptyBorder(5, 8, 4, 6));
        }

        void set(String kindText, String nameText, String shapeText, String problemText, Color fillColor) {
            kind.setLabel(kindText);
            name.setLabel(nameText);
            problem = problemText;
            fill = fillColor;
            shape.setLabel(problem == null ? shapeText : "\u26a0 " + shorten(firstLine(problem))); // all of it: tooltip
            shape.setForeground(problem == null ? Color.BLACK : BROKEN);
            setToolTipText(problem == null ? nameText + ": " + shapeText : nameText + ": " + problem);
        }

        String problem() {
            return problem;
        }

        String nameText() {
            return name.getLabel();
        }

        String shapeText() {
            return shape.getLabel();
        }

        /** What fits on a node: the reason without its field, cut with an ellipsis. */
        static String shorten(String s) {
            int colon = s.indexOf(": ");
            String r = colon > 0 && colon < 12 ? s.substring(colon + 2) : s;
            return r.length() <= 28 ? r : r.substring(0, 27) + "\u2026";
        }

        private static String firstLine(String s) {
            int nl = s.indexOf('\n');
            return nl < 0 ? s : s.substring(0, nl);
        }

        @Override
        protected void paintWidget() {
            java.awt.Graphics2D g = getGraphics();
            Rectangle b = getBounds();
            g.setRenderingHint(java.awt.RenderingHints.KEY_ANTIALIASING, java.awt.RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(fill);
            g.fillRoundRect(b.x, b.y, b.width - 1, b.height - 1, 10, 10);
            ObjectState st = getState();
            boolean broken = problem != null;
            g.setStroke(new BasicStroke(st.isSelected() || broken ? 2.5f : st.isHovered() ? 1.8f : 1f));
            g.setColor(st.isSelected() ? SELECTED : broken ? BROKEN : new Color(0x77, 0x77, 0x77));
            g.drawRoundRect(b.x, b.y, b.width - 1, b.height - 1, 10, 10);
        }

        @Override
        protected void notifyStateChanged(ObjectState previous, ObjectState state) {
            repaint();
        }
    }
}
