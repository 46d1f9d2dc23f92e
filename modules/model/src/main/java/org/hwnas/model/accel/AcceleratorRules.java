package org.hwnas.model.accel;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hwnas.model.workload.Tensor;

/**
 * Whole-design consistency rules of an {@link Accelerator}, each reported with the document path of the
 * offending value so a reader can locate it.
 */
public final class AcceleratorRules {

    /** One broken rule: {@code path} as in the accelerator document (e.g. {@code levels[2].sharing}). */
    public record Violation(String path, String message) {
        @Override
        public String toString() {
            return path + ": " + message;
        }
    }

    private AcceleratorRules() {
    }

    public static List<Violation> check(Accelerator a) {
        List<Violation> out = new ArrayList<>();
        List<MemoryLevel> levels = a.levels();
        Set<String> names = new HashSet<>();
        boolean seenShared = false;
        int pes = a.totalPes();
        for (int i = 0; i < levels.size(); i++) {
            MemoryLevel l = levels.get(i);
            String at = "levels[" + i + "]";
            if (!names.add(l.name())) {
                out.add(new Violation(at + ".name", "duplicate level name '" + l.name() + "'"));
            }
            Sharing s = l.sharing();
            if (s.kind() == Sharing.Kind.PER_PE && seenShared) {
                out.add(new Violation(at + ".sharing", "a per-PE level must sit below every shared level "
                        + "(levels are listed innermost first)"));
            }
            if (s.kind() != Sharing.Kind.PER_PE) {
                seenShared = true;
            }
            if (s.kind() == Sharing.Kind.COUNT && (s.count() > pes || pes % s.count() != 0)) {
                out.add(new Violation(at + ".sharing", "instance count " + s.count()
                        + " must divide the PE count " + pes));
            }
        }
        if (!levels.isEmpty()) {
            MemoryLevel top = a.outermost();
            if (top.sharing().kind() == Sharing.Kind.PER_PE && pes > 1) {
                out.add(new Violation("levels[" + (levels.size() - 1) + "].sharing",
                        "the outermost level must be shared (global), not per-PE"));
            }
            for (Tensor t : Tensor.values()) {
                if (!top.keeps(t)) {
                    out.add(new Violation("levels[" + (levels.size() - 1) + "].keeps",
                            "the outermost level must keep every tensor; it bypasses " + t.key()));
                }
            }
        }
        return out;
    }
}
