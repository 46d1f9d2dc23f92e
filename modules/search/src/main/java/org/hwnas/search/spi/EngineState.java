package org.hwnas.search.spi;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What an engine run reports of its internal state between asks, for consoles and progress lines: named
 * figures ({@code population}, {@code generation}, {@code space_size}, {@code baseline}, ...) and the
 * trial numbers of the members it currently keeps (REA's queue, NSGA-II's parents), so a viewer can show
 * their measures from the trial store. An immutable snapshot.
 *
 * @param figures snake_case name to value, in the engine's order
 * @param members trial numbers of the current population, in the engine's order; empty when it keeps none
 */
public record EngineState(Map<String, Double> figures, List<Integer> members) {

    /** What a run that reports nothing returns. */
    public static final EngineState NONE = new EngineState(Map.of(), List.of());

    public EngineState {
        for (String name : figures.keySet()) {
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("engine state figure names must be non-blank");
            }
        }
        figures = Collections.unmodifiableMap(new LinkedHashMap<>(figures)); // keeps the engine's order
        members = List.copyOf(members);
    }

    public static EngineState of(Map<String, Double> figures) {
        return new EngineState(figures, List.of());
    }

    /** The state of a population of trials: its size, with the given figures after it. */
    public static EngineState population(List<org.hwnas.search.api.Trial> members, Map<String, Double> more) {
        Map<String, Double> f = new LinkedHashMap<>();
        f.put("population", (double) members.size());
        f.putAll(more);
        List<Integer> numbers = new ArrayList<>(members.size());
        members.forEach(t -> numbers.add(t.number()));
        return new EngineState(f, numbers);
    }

    public boolean isEmpty() {
        return figures.isEmpty() && members.isEmpty();
    }

    /** e.g. {@code population 50, generation 3, space_size 1.2e+06, baseline 0.913}. */
    public String text() {
        List<String> parts = new ArrayList<>();
        figures.forEach((k, v) -> parts.add(k + " " + number(v)));
        return String.join(", ", parts);
    }

    /** Integers as integers (with thousands separators below 1e12), other values to 4 significant digits. */
    public static String number(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return Double.toString(v);
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e12) {
            return String.format(Locale.ROOT, "%,d", (long) v);
        }
        return String.format(Locale.ROOT, "%.4g", v);
    }
}
