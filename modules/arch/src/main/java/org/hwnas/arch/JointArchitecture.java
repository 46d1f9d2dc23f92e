package org.hwnas.arch;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One point per space of a multi-space study (e.g. network x accelerator), in the study's space order.
 * Its family joins the parts' families with {@code +}; its text joins their texts with {@code "; "}, so
 * part texts must not contain {@code ;}.
 */
public record JointArchitecture(List<Architecture> parts) implements Architecture {
    public static final String SEPARATOR = "; ";

    public JointArchitecture {
        parts = List.copyOf(parts);
        if (parts.size() < 2) {
            throw new IllegalArgumentException("a joint candidate has at least two parts, got " + parts.size());
        }
        for (Architecture p : parts) {
            if (p instanceof JointArchitecture) {
                throw new IllegalArgumentException("joint candidates do not nest");
            }
            if (p.text().contains(";")) {
                throw new IllegalArgumentException("part text must not contain ';': " + p.text());
            }
        }
    }

    public Architecture part(int i) {
        return parts.get(i);
    }

    /** The first part of this type: {@code a} itself for a single candidate, else the first matching part. */
    public static <T> Optional<T> find(Architecture a, Class<T> type) {
        if (a instanceof JointArchitecture j) {
            return j.parts.stream().filter(type::isInstance).map(type::cast).findFirst();
        }
        return type.isInstance(a) ? Optional.of(type.cast(a)) : Optional.empty();
    }

    /** The first part of this family ({@code a} itself for a single candidate of that family). */
    public static Optional<Architecture> findFamily(Architecture a, String family) {
        if (a instanceof JointArchitecture j) {
            return j.parts.stream().filter(p -> p.family().equals(family)).findFirst();
        }
        return a.family().equals(family) ? Optional.of(a) : Optional.empty();
    }

    @Override
    public String family() {
        return parts.stream().map(Architecture::family).collect(Collectors.joining("+"));
    }

    @Override
    public String text() {
        return parts.stream().map(Architecture::text).collect(Collectors.joining(SEPARATOR));
    }

    @Override
    public String toString() {
        return text();
    }
}
