package org.hwnas.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import org.hwnas.model.doc.DocumentWriter;

/** The CLI's JSON outputs: each carries a {@code schema} name and version (docs/cli.md). */
public final class JsonOutput {
    private JsonOutput() {
    }

    public static ObjectNode newOutput(String schema) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("schema", schema);
        return o;
    }

    static ArrayNode ints(int... values) {
        ArrayNode a = JsonNodeFactory.instance.arrayNode();
        for (int v : values) {
            a.add(v);
        }
        return a;
    }

    /** Infinite numbers are not JSON: written as null (meaning "unconstrained"). */
    public static void putFinite(ObjectNode o, String field, double v) {
        if (Double.isFinite(v)) {
            o.put(field, v);
        } else {
            o.putNull(field);
        }
    }

    public static void print(JsonNode node, PrintWriter out) {
        out.print(DocumentWriter.toText(node));
    }
}
