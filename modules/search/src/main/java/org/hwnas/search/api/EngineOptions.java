package org.hwnas.search.api;

import java.util.Map;
import java.util.TreeMap;

/** Resolved engine options (every declared option, defaults filled in). Immutable. */
public record EngineOptions(Map<String, Double> values) {

    public EngineOptions {
        values = Map.copyOf(values);
    }

    public static EngineOptions defaults(Iterable<OptionSpec> specs) {
        Map<String, Double> m = new TreeMap<>();
        for (OptionSpec s : specs) {
            m.put(s.name(), s.defaultValue());
        }
        return new EngineOptions(m);
    }

    public double real(String name) {
        Double v = values.get(name);
        if (v == null) {
            throw new IllegalArgumentException("no engine option '" + name + "'");
        }
        return v;
    }

    public int integer(String name) {
        return (int) real(name);
    }
}
