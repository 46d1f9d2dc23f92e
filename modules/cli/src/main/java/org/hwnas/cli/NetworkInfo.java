package org.hwnas.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import org.hwnas.model.doc.DocumentException;
import org.hwnas.model.network.LayerInfo;
import org.hwnas.model.network.Network;
import org.hwnas.model.network.NetworkAnalysis;
import org.hwnas.model.network.io.NetworkDocument;
import org.hwnas.model.workload.Dim;
import org.hwnas.model.workload.LoopBounds;

/** {@code hwnas info NET}: the per-layer table and totals, as text or as {@code hwnas.info.network/1} JSON. */
final class NetworkInfo {
    static final String SCHEMA = "hwnas.info.network/1";

    private NetworkInfo() {
    }

    static void print(Path file, boolean json, PrintWriter out) throws DocumentException {
        Network net = NetworkDocument.read(file);
        NetworkAnalysis a = NetworkAnalysis.of(net);
        if (json) {
            JsonOutput.print(toJson(file, net, a), out);
        } else {
            printTable(net, a, out);
        }
    }

    static ObjectNode toJson(Path file, Network net, NetworkAnalysis a) {
        ObjectNode o = JsonOutput.newOutput(SCHEMA);
        o.put("file", file.toString());
        o.put("name", net.name());
        ObjectNode input = o.putObject("input");
        input.put("name", net.inputName());
        input.set("shape", JsonOutput.ints(net.inputShape().toArray()));
        ArrayNode layers = o.putArray("layers");
        for (LayerInfo l : a.layers()) {
            ObjectNode j = layers.addObject();
            j.put("name", l.name());
            j.put("kind", l.kind().key());
            j.set("output_shape", JsonOutput.ints(l.output().toArray()));
            j.put("macs", l.macs());
            j.put("params", l.params());
            j.put("input_elements", l.inputElements());
            j.put("output_elements", l.outputElements());
            j.put("weight_elements", l.weightElements());
            l.loopBounds().ifPresent(b -> j.set("loop_bounds", loopBounds(b)));
        }
        ObjectNode totals = o.putObject("totals");
        totals.put("layers", a.layers().size());
        totals.put("compute_layers", a.computeLayers().size());
        totals.put("macs", a.totalMacs());
        totals.put("params", a.totalParams());
        return o;
    }

    private static ObjectNode loopBounds(LoopBounds b) {
        ObjectNode j = JsonNodeFactory.instance.objectNode();
        for (Dim d : Dim.values()) {
            j.put(d.name(), b.get(d));
        }
        j.set("stride", JsonOutput.ints(b.strideW(), b.strideH()));
        j.set("dilation", JsonOutput.ints(b.dilationW(), b.dilationH()));
        return j;
    }

    private static void printTable(Network net, NetworkAnalysis a, PrintWriter out) {
        out.println("network " + net.name() + "   input " + net.inputName() + " " + net.inputShape());
        out.println();
        TextTable t = new TextTable("#", "layer", "kind", "output", "MACs", "params").numeric(0, 4, 5);
        int i = 0;
        for (LayerInfo l : a.layers()) {
            t.row(i++, l.name(), l.kind().key(), l.output(), TextTable.thousands(l.macs()), TextTable.thousands(l.params()));
        }
        t.print(out);
        out.println();
        out.printf("total: %d layers (%d conv/linear), %s MACs (%.3f G), %s params (%.3f M)%n",
                a.layers().size(), a.computeLayers().size(), TextTable.thousands(a.totalMacs()), a.totalMacs() / 1e9,
                TextTable.thousands(a.totalParams()), a.totalParams() / 1e6);
    }
}
