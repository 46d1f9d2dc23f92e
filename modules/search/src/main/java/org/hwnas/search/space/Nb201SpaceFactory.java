package org.hwnas.search.space;

import java.util.EnumSet;
import java.util.Set;
import org.hwnas.model.network.zoo.Nb201Op;
import org.hwnas.model.doc.DocNode;
import org.hwnas.search.spi.SearchSpace;
import org.hwnas.search.spi.SearchSpaceFactory;
import org.openide.util.lookup.ServiceProvider;

/** {@code "space": {"id": "nb201", "ops": ["nor_conv_3x3", ...]}}; {@code ops} defaults to all five. */
@ServiceProvider(service = SearchSpaceFactory.class)
public final class Nb201SpaceFactory implements SearchSpaceFactory {
    public static final String ID = "nb201";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "NAS-Bench-201 cell: 6 edges x 5 ops, 4,930 distinct cells";
    }

    @Override
    public SearchSpace create(DocNode spec) {
        spec.allowOnly("id", "name", "ops");
        if (!spec.has("ops")) {
            return Nb201Space.full();
        }
        Set<Nb201Op> ops = EnumSet.noneOf(Nb201Op.class);
        for (DocNode n : spec.get("ops").elements()) {
            if (!n.json().isTextual()) {
                n.error("must be an op name (valid: " + Nb201Op.validTokens() + ")");
                continue;
            }
            try {
                if (!ops.add(Nb201Op.ofToken(n.json().asText()))) {
                    n.error("op listed twice");
                }
            } catch (IllegalArgumentException e) {
                n.error(e.getMessage());
            }
        }
        if (ops.isEmpty()) {
            if (spec.get("ops").json().isArray()) {
                spec.get("ops").error("the space is empty: list at least one op (valid: " + Nb201Op.validTokens() + ")");
            }
            return Nb201Space.full();
        }
        return new Nb201Space(ops);
    }
}
