package org.hwnas.search.api;

/** Direction of an objective. */
public enum Goal {
    MINIMIZE,
    MAXIMIZE;

    /** The value in minimisation form (maximised objectives are negated). */
    public double toMinimized(double v) {
        return this == MAXIMIZE ? -v : v;
    }

    public double fromMinimized(double v) {
        return this == MAXIMIZE ? -v : v;
    }
}
