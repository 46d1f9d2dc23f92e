package org.hwnas.model.accel;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** The PE array: one to three axes (1-D, rows x cols, or 3-D). */
public record PeArray(List<ArrayAxis> axes) {

    public PeArray {
        axes = List.copyOf(axes);
        if (axes.isEmpty() || axes.size() > 3) {
            throw new IllegalArgumentException("a PE array has 1 to 3 axes, got " + axes.size());
        }
        if (new HashSet<>(axes.stream().map(ArrayAxis::name).toList()).size() != axes.size()) {
            throw new IllegalArgumentException("PE array axis names must be unique");
        }
    }

    /** A rows x cols array. */
    public static PeArray grid(ArrayAxis rows, ArrayAxis cols) {
        return new PeArray(List.of(rows, cols));
    }

    public int totalPes() {
        long n = 1;
        for (ArrayAxis a : axes) {
            n *= a.size();
        }
        return (int) Math.min(n, Integer.MAX_VALUE);
    }

    public Optional<ArrayAxis> axis(String name) {
        return axes.stream().filter(a -> a.name().equals(name)).findFirst();
    }

    /** Shape such as {@code 12x14}. */
    public String shape() {
        return axes.stream().map(a -> Integer.toString(a.size())).collect(Collectors.joining("x"));
    }
}
