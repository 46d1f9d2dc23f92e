package org.hwnas.search.api;

/** An objective: a named measure and its direction. */
public record Objective(String name, Goal goal) {
}
