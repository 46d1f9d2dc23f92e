package org.hwnas.search.space.fbnet;

import java.util.EnumSet;
import java.util.Set;
import org.hwnas.arch.fbnet.FbnetMacro;
import org.hwnas.arch.fbnet.FbnetOp;
import org.hwnas.model.doc.DocNode;
import org.hwnas.search.spi.SearchSpace;
import org.hwnas.search.spi.SearchSpaceFactory;
import org.openide.util.lookup.ServiceProvider;

/**
 * {@code "space": {"id": "fbnet", "input": "cifar100", "ops": ["k3_e1", ...]}}: {@code input} is
 * {@code cifar100} (default; HW-NAS-Bench's and HELP's setting), {@code cifar10} or {@code imagenet};
 * {@code ops} defaults to all nine.
 */
@ServiceProvider(service = SearchSpaceFactory.class)
public final class FbnetSpaceFactory implements SearchSpaceFactory {
    public static final String ID = "fbnet";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "FBNet: 22 layers x 9 ops (HW-NAS-Bench / HELP op ids), identity skips canonicalised";
    }

    @Override
    public SearchSpace create(DocNode spec) {
        spec.allowOnly("id", "name", "input", "ops");
        FbnetMacro macro = FbnetMacro.CIFAR100;
        if (spec.has("input")) {
            String in = spec.string("input", "cifar100");
            macro = null;
            for (FbnetMacro m : FbnetMacro.values()) {
                if (m.key().equals(in)) {
                    macro = m;
                }
            }
            if (macro == null) {
                spec.get("input").error("unknown input '" + in + "' (valid: cifar10, cifar100, imagenet)");
                macro = FbnetMacro.CIFAR100;
            }
        }
        if (!spec.has("ops")) {
            return FbnetSpace.full(macro);
        }
        Set<FbnetOp> ops = EnumSet.noneOf(FbnetOp.class);
        for (DocNode n : spec.get("ops").elements()) {
            try {
                if (!n.json().isTextual()) {
                    n.error("must be an op name (valid: " + FbnetOp.validTokens() + ")");
                } else if (!ops.add(FbnetOp.ofToken(n.json().asText()))) {
                    n.error("op listed twice");
                }
            } catch (IllegalArgumentException e) {
                n.error(e.getMessage());
            }
        }
        if (ops.isEmpty()) {
            if (spec.get("ops").json().isArray()) {
                spec.get("ops").error("the space is empty: list at least one op (valid: " + FbnetOp.validTokens() + ")");
            }
            return FbnetSpace.full(macro);
        }
        return new FbnetSpace(ops, macro);
    }
}
