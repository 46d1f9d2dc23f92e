package org.hwnas.cli.cost;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.Locale;
import org.hwnas.cli.JsonOutput;
import org.hwnas.cli.TextTable;
import org.hwnas.cost.api.CostReport;
import org.hwnas.cost.api.LevelCost;
import org.hwnas.cost.api.TensorCost;

/** Shared text and JSON rendering of a {@link CostReport} for eval and map. */
final class CostOutput {
    private CostOutput() {
    }

    /** cycles, energy_pJ, edp, utilization, macs, PEs and levels[].tensors[] into {@code o}. */
    static void putReport(ObjectNode o, CostReport r) {
        o.put("model", r.model());
        o.put("macs", r.macs());
        o.put("cycles", r.cycles());
        o.put("compute_cycles", r.computeCycles());
        JsonOutput.putFinite(o, "energy_pJ", r.energyPj());
        JsonOutput.putFinite(o, "edp", r.edp());
        JsonOutput.putFinite(o, "utilization", r.utilization());
        o.put("utilized_pes", r.utilizedPes());
        o.put("total_pes", r.totalPes());
        JsonOutput.putFinite(o, "mac_energy_pJ", r.macEnergyPj());
        ArrayNode levels = o.putArray("levels");
        for (LevelCost l : r.levels()) {
            ObjectNode lo = levels.addObject();
            lo.put("name", l.name());
            lo.put("instances", l.instances());
            lo.put("utilized_instances", l.utilizedInstances());
            JsonOutput.putFinite(lo, "energy_pJ", l.energyPj());
            JsonOutput.putFinite(lo, "leak_pJ", l.leakPj());
            JsonOutput.putFinite(lo, "slowdown", l.slowdown());
            ArrayNode ts = lo.putArray("tensors");
            for (TensorCost t : l.tensors()) {
                ObjectNode to = ts.addObject();
                to.put("tensor", t.tensor().key());
                to.put("tile_words", t.tileWords());
                to.put("reads", t.reads());
                to.put("fills", t.fills());
                to.put("updates", t.updates());
                JsonOutput.putFinite(to, "energy_pJ", t.energyPj());
            }
        }
    }

    /** The per level x tensor table (counts per utilized instance, as Timeloop reports them) and totals. */
    static void printReport(CostReport r, PrintWriter out) {
        TextTable t = new TextTable("level", "tensor", "instances", "reads", "fills", "updates", "energy pJ").numeric(2, 3, 4, 5, 6);
        for (LevelCost l : r.levels()) {
            for (TensorCost c : l.tensors()) {
                t.row(l.name(), c.tensor().key(), l.utilizedInstances() + "/" + l.instances(), TextTable.thousands(c.reads()),
                        TextTable.thousands(c.fills()), TextTable.thousands(c.updates()), String.format(Locale.ROOT, "%,.1f", c.energyPj()));
            }
        }
        t.print(out);
        out.println("(reads/fills/updates per utilized instance; energy over all instances)");
        out.printf(Locale.ROOT, "cycles       %s (compute %s)%n", TextTable.thousands(r.cycles()), TextTable.thousands(r.computeCycles()));
        out.printf(Locale.ROOT, "energy       %,.1f pJ (MACs %,.1f pJ)%n", r.energyPj(), r.macEnergyPj());
        out.printf(Locale.ROOT, "EDP          %.6g J x cycles%n", r.edp());
        out.printf(Locale.ROOT, "utilization  %.4f (%d of %d PEs, %s MACs)%n", r.utilization(), r.utilizedPes(), r.totalPes(),
                TextTable.thousands(r.macs()));
    }
}
