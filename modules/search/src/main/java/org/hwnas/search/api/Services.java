package org.hwnas.search.api;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.openide.util.Lookup;

/** Finds services in the default Lookup by their stable id, sorted by id. */
final class Services {
    private Services() {
    }

    static <T> List<T> all(Class<T> type, Function<T, String> id) {
        return Lookup.getDefault().lookupAll(type).stream()
                .sorted(Comparator.comparing(id))
                .collect(Collectors.toList());
    }

    static <T> T byId(Class<T> type, Function<T, String> id, String wanted, String what) {
        Optional<T> found = all(type, id).stream().filter(s -> id.apply(s).equals(wanted)).findFirst();
        return found.orElseThrow(() -> new IllegalArgumentException(
                "unknown " + what + " '" + wanted + "' (valid: " + ids(type, id) + ")"));
    }

    static <T> String ids(Class<T> type, Function<T, String> id) {
        return all(type, id).stream().map(id).collect(Collectors.joining(", "));
    }
}
