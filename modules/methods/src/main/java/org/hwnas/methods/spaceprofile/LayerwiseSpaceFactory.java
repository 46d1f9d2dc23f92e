package org.hwnas.methods.spaceprofile;

import java.util.ArrayList;
import java.util.List;
import org.hwnas.arch.nb201.Nb201Cell;
import org.hwnas.model.network.zoo.Nb201Op;
import org.hwnas.model.doc.DocNode;
import org.hwnas.search.spi.SearchSpace;
import org.hwnas.search.spi.SearchSpaceFactory;
import org.openide.util.lookup.ServiceProvider;

/**
 * {@code "space": {"id": "nb201-layerwise", "edge_ops": [[ops of edge 1<-0], [2<-0], [2<-1], [3<-0], [3<-1], [3<-2]]}}:
 * a {@link LayerwiseSpace}, the document form of a profiled (tuned) space. Without {@code edge_ops}
 * every edge gets all five ops.
 */
@ServiceProvider(service = SearchSpaceFactory.class)
public final class LayerwiseSpaceFactory implements SearchSpaceFactory {
    public static final String ID = "nb201-layerwise";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "NAS-Bench-201 cells with an op list per edge (a layer-specific space, e.g. written by hwnas space-profile)";
    }

    @Override
    public SearchSpace create(DocNode spec) {
        spec.allowOnly("id", "name", "edge_ops");
        List<List<Nb201Op>> lists = new ArrayList<>();
        if (!spec.has("edge_ops")) {
            for (int e = 0; e < Nb201Cell.EDGES; e++) {
                lists.add(List.of(Nb201Op.values()));
            }
            return new LayerwiseSpace(lists);
        }
        DocNode all = spec.get("edge_ops");
        if (!all.json().isArray() || all.json().size() != Nb201Cell.EDGES) {
            all.error("must list 6 op lists, one per edge (1<-0, 2<-0, 2<-1, 3<-0, 3<-1, 3<-2), got "
                    + (all.json().isArray() ? all.json().size() + " lists" : all.json().getNodeType().toString().toLowerCase()));
            return null;
        }
        List<DocNode> edges = all.elements();
        boolean ok = true;
        for (DocNode edge : edges) {
            boolean edgeOk = true;
            List<Nb201Op> ops = new ArrayList<>();
            for (DocNode n : edge.elements()) {
                if (!n.json().isTextual()) {
                    n.error("must be an op name (valid: " + Nb201Op.validTokens() + ")");
                    edgeOk = false;
                    continue;
                }
                try {
                    Nb201Op op = Nb201Op.ofToken(n.json().asText());
                    if (ops.contains(op)) {
                        n.error("op listed twice");
                        edgeOk = false;
                    } else {
                        ops.add(op);
                    }
                } catch (IllegalArgumentException e) {
                    n.error(e.getMessage());
                    edgeOk = false;
                }
            }
            if (ops.isEmpty() && edgeOk) {
                edge.error("list at least one op for this edge (valid: " + Nb201Op.validTokens() + ")");
                edgeOk = false;
            }
            ok &= edgeOk;
            lists.add(ops);
        }
        return ok ? new LayerwiseSpace(lists) : null;
    }
}
