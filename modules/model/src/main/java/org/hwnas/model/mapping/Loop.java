package org.hwnas.model.mapping;

import java.util.Objects;
import org.hwnas.model.workload.Dim;

/**
 * One loop of a mapping: a dimension and its factor, written {@code P8} in documents.
 */
public record Loop(Dim dim, int factor) {

    public Loop {
        Objects.requireNonNull(dim, "dim");
        if (factor <= 0) {
            throw new IllegalArgumentException("loop factor must be > 0, got " + dim + factor);
        }
    }

    public static Loop of(Dim dim, int factor) {
        return new Loop(dim, factor);
    }

    /**
     * Parses {@code P8} (Timeloop's {@code M} is accepted for K).
     *
     * @throws IllegalArgumentException with a message naming what is wrong
     */
    public static Loop parse(String text) {
        String s = text.trim();
        int i = 0;
        while (i < s.length() && Character.isLetter(s.charAt(i))) {
            i++;
        }
        if (i == 0 || i == s.length()) {
            throw new IllegalArgumentException("a loop is written as a dimension and a factor, e.g. \"P8\"; got \"" + text + "\"");
        }
        Dim d = Dim.parse(s.substring(0, i));
        String digits = s.substring(i);
        if (!digits.chars().allMatch(Character::isDigit) || digits.length() > 9) {
            throw new IllegalArgumentException("loop factor of \"" + text + "\" must be a positive integer");
        }
        int f = Integer.parseInt(digits);
        if (f <= 0) {
            throw new IllegalArgumentException("loop factor of \"" + text + "\" must be > 0");
        }
        return new Loop(d, f);
    }

    @Override
    public String toString() {
        return dim.name() + factor;
    }
}
