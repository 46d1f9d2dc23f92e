package org.hwnas.search.api;

/** One engine option: name, default and allowed range; {@code integer} options reject fractions. */
public record OptionSpec(String name, double defaultValue, double min, double max, boolean integer, String description) {

    public static OptionSpec integer(String name, int def, int min, int max, String description) {
        return new OptionSpec(name, def, min, max, true, description);
    }

    public static OptionSpec real(String name, double def, double min, double max, String description) {
        return new OptionSpec(name, def, min, max, false, description);
    }
}
