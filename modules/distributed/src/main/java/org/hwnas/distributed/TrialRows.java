package org.hwnas.distributed;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.hwnas.search.api.Fitness;
import org.hwnas.search.api.Trial;

/** Trial columns as JSON text, the same layout as the SQLite store (measures object, objectives array). */
final class TrialRows {
    static final ObjectMapper JSON = new ObjectMapper();

    private TrialRows() {
    }

    static String measures(Map<String, Double> measures) {
        ObjectNode o = JSON.createObjectNode();
        measures.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> o.put(e.getKey(), e.getValue()));
        return o.toString();
    }

    static String objectives(Fitness f) {
        ArrayNode a = JSON.createArrayNode();
        for (int i = 0; i < f.dimensions(); i++) {
            double v = f.get(i);
            if (Double.isFinite(v)) {
                a.add(v);
            } else {
                a.addNull();
            }
        }
        return a.toString();
    }

    static Map<String, Double> measures(String json) {
        Map<String, Double> out = new LinkedHashMap<>();
        if (json == null || json.isEmpty()) {
            return out;
        }
        try {
            JsonNode m = JSON.readTree(json);
            for (Iterator<Map.Entry<String, JsonNode>> it = m.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                out.put(e.getKey(), e.getValue().asDouble());
            }
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("measures are not JSON: " + e.getOriginalMessage());
        }
        return out;
    }

    static String encoding(int[] genes) {
        return java.util.Arrays.toString(genes).replace(" ", "");
    }

    static double violation(Trial t) {
        return t.fitness().violation();
    }
}
