package org.hwnas.cli.search;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.hwnas.search.api.Trial;

/** Trials as JSON objects for {@code --json} and {@code report --format json}. */
final class TrialJson {
    static final ObjectMapper JSON = new ObjectMapper();

    private TrialJson() {
    }

    static ObjectNode trial(Trial t) {
        ObjectNode o = JSON.createObjectNode();
        o.put("number", t.number());
        o.put("candidate", t.candidate().text());
        o.put("status", t.status().name().toLowerCase());
        o.put("feasible", t.ok() && t.fitness().feasible());
        ObjectNode m = o.putObject("measures");
        t.measures().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey()).forEach(e -> m.put(e.getKey(), e.getValue()));
        if (t.error() != null) {
            o.put("error", t.error());
        }
        o.put("evalMs", Math.round(t.evalMillis() * 1000) / 1000.0);
        return o;
    }

    static ArrayNode trials(List<Trial> trials) {
        ArrayNode a = JSON.createArrayNode();
        trials.forEach(t -> a.add(trial(t)));
        return a;
    }
}
