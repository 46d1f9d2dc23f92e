package org.hwnas.networkui.export;

import java.util.List;
import java.util.Map;
import org.hwnas.model.network.Layer;
import org.hwnas.networkui.graph.NetworkDraft;
import org.hwnas.networkui.graph.NodeText;
import org.hwnas.networkui.layout.DraftLayout;
import org.hwnas.networkui.layout.LayeredLayout;

/**
 * Writes a laid-out network as SVG 1.1: one {@code <g class="layer">} per layer (plus one for the input),
 * one {@code <path class="tensor">} per edge with its shape as {@code <title>} (the hover text in browsers).
 * Plain string building: the format is tiny and this keeps the module free of an SVG library.
 */
public final class SvgExport {
    private SvgExport() {
    }

    public static String toSvg(NetworkDraft draft, DraftLayout layout) {
        StringBuilder b = new StringBuilder(64 * 1024);
        b.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        b.append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"").append(layout.width())
                .append("\" height=\"").append(layout.height()).append("\" viewBox=\"0 0 ").append(layout.width())
                .append(' ').append(layout.height()).append("\" font-family=\"sans-serif\">\n");
        b.append("<title>").append(esc(draft.name())).append("</title>\n");
        b.append("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto\">")
                .append("<path d=\"M0,0 L10,5 L0,10 z\" fill=\"#555\"/></marker></defs>\n");
        b.append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
        List<DraftLayout.Edge> edges = layout.edges();
        for (int k = 0; k < edges.size(); k++) {
            DraftLayout.Edge e = edges.get(k);
            b.append("<path class=\"tensor\" fill=\"none\" stroke=\"#555\" stroke-width=\"1.2\" marker-end=\"url(#arrow)\" d=\"");
            List<LayeredLayout.Pt> r = layout.route(k);
            for (int i = 0; i < r.size(); i++) {
                b.append(i == 0 ? 'M' : 'L').append(r.get(i).x()).append(',').append(r.get(i).y()).append(' ');
            }
            b.setLength(b.length() - 1);
            b.append("\"><title>").append(esc(e.from() + " \u2192 " + e.to() + ": "
                    + draft.shape(e.from()).map(Object::toString).orElse("?"))).append("</title></path>\n");
        }
        LayeredLayout.Box in = layout.box(0);
        group(b, "input", draft.inputName(), in, "input", draft.inputName(), draft.inputShape().toString(), null, "#eef3fb", "#5b7db1");
        Map<String, String> problems = draft.problemsByLayer();
        java.util.Set<String> drawn = new java.util.HashSet<>();
        for (int i = 0; i < draft.layers().size(); i++) {
            Layer l = draft.layers().get(i);
            if (!drawn.add(l.name())) {
                continue;
            }
            String problem = problems.get(l.name());
            group(b, "layer", l.name(), layout.box(i + 1), NodeText.kindLine(l), l.name(),
                    NodeText.shapeLine(draft.info(l.name())), problem, fill(l), problem == null ? "#777" : "#d0021b");
        }
        return b.append("</svg>\n").toString();
    }

    private static void group(StringBuilder b, String cls, String id, LayeredLayout.Box box, String line1, String line2,
                              String line3, String problem, String fill, String stroke) {
        b.append("<g class=\"").append(cls).append("\" id=\"").append(esc("n-" + id)).append("\">");
        b.append("<title>").append(esc(problem == null ? line2 : line2 + ": " + problem)).append("</title>");
        b.append("<rect x=\"").append(box.x()).append("\" y=\"").append(box.y()).append("\" width=\"").append(box.width())
                .append("\" height=\"").append(box.height()).append("\" rx=\"6\" fill=\"").append(fill)
                .append("\" stroke=\"").append(stroke).append("\" stroke-width=\"").append(problem == null ? "1" : "2.5").append("\"/>");
        int cx = box.x() + 8;
        text(b, cx, box.y() + 17, 11, "#444", line1);
        text(b, cx, box.y() + 35, 13, "#000", line2);
        text(b, cx, box.y() + 53, 11, problem == null ? "#333" : "#d0021b", line3);
        b.append("</g>\n");
    }

    private static void text(StringBuilder b, int x, int y, int size, String color, String s) {
        b.append("<text x=\"").append(x).append("\" y=\"").append(y).append("\" font-size=\"").append(size)
                .append("\" fill=\"").append(color).append("\">").append(esc(s)).append("</text>");
    }

    /** Fill colour by kind family, the same palette as the scene. */
    public static String fill(Layer l) {
        return switch (l.kind()) {
            case CONV2D -> "#dbe9ff";
            case LINEAR -> "#e2dcff";
            case MAX_POOL, AVG_POOL, GLOBAL_AVG_POOL -> "#dff5e1";
            case BATCH_NORM -> "#fff4d6";
            case RELU, RELU6, HARDSWISH, SIGMOID -> "#ffe6e0";
            case ADD, CONCAT -> "#f0f0f0";
            default -> "#f7f7f7";
        };
    }

    static String esc(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                default -> {
                    if (c < 0x20 && c != '\n' && c != '\t') {
                        b.append(' ');
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }
}
